module github.com/slipway-build/slipway

go 1.19
