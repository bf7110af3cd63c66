module github.com/acme-mesh/mesh/core

go 1.19
