// Package api names the mesh's HTTP routes.
package api

import "strings"

// Route joins path segments into a route beginning with a slash.
func Route(segments ...string) string {
	return "/" + strings.Join(segments, "/")
}
