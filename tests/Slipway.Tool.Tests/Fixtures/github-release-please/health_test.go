package main

import (
	"encoding/json"
	"net/http/httptest"
	"testing"
	"time"
)

func TestHealthReportsVersion(t *testing.T) {
	rec := httptest.NewRecorder()
	Health("1.2.3", time.Now()).ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	var got Status
	if err := json.NewDecoder(rec.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Version != "1.2.3" {
		t.Fatalf("version %q, want 1.2.3", got.Version)
	}
}
