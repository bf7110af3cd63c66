module github.com/acme-net/ratelimit

go 1.19
