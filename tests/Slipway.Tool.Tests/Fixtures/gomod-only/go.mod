module github.com/jdoe/slugify

go 1.18
