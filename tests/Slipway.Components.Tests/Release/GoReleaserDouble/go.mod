module goreleaserdouble

go 1.19
