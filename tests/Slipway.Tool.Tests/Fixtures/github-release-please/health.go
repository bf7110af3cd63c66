package main

import (
	"encoding/json"
	"net/http"
	"time"
)

// Status is what /healthz answers.
type Status struct {
	Version string `json:"version"`
	Uptime  string `json:"uptime"`
}

// Health answers with the version and the time since started.
func Health(version string, started time.Time) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(Status{Version: version, Uptime: time.Since(started).Round(time.Second).String()})
	})
}
