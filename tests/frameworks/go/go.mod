module sendit

go 1.19
