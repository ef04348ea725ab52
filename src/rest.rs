//! The usual REST operations with the success and error codes each commonly returns.

/// One operation on a resource, as an API would expose it.
#[derive(Debug)]
pub struct Operation {
    /// "Create a resource".
    pub name: &'static str,
    pub method: &'static str,
    /// An example path: "/users/{id}".
    pub path: &'static str,
    /// Success codes, the usual one first.
    pub success: &'static [u16],
    /// A sentence on the success code choice.
    pub success_note: &'static str,
    /// Error codes the operation commonly returns.
    pub errors: &'static [u16],
}

pub static OPERATIONS: &[Operation] = &[];
