// Command beacon serves a health endpoint that reports the service's version and uptime.
package main

import (
	"flag"
	"log"
	"net/http"
	"time"
)

var version = "dev"

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	flag.Parse()
	http.Handle("/healthz", Health(version, time.Now()))
	log.Printf("beacon %s listening on %s", version, *addr)
	log.Fatal(http.ListenAndServe(*addr, nil))
}
