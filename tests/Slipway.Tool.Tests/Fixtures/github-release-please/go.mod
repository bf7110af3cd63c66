module github.com/acme-labs/beacon

go 1.19
