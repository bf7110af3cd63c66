module gitlab.com/acme-tools/tally

go 1.24
