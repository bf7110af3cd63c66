module github.com/acme-mesh/mesh/cli

go 1.19
