module github.com/acme-mesh/mesh/api

go 1.19
