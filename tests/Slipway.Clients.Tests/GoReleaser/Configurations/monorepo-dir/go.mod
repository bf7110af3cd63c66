module github.com/harborlabs/berth

go 1.24
