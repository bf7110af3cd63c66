# Release image for sumcheck. Nothing is compiled here: the context holds a binary GoReleaser
# already built (dockers_v2 lays it out as <os>/<arch>/sumcheck; a plain `docker build` gets the
# same layout from the build's DockerDryRun). Works with classic `docker build`, no buildx needed.
# BASE_IMAGE is overridable so tests can use an imported busybox image; release uses scratch.
ARG BASE_IMAGE=scratch
FROM ${BASE_IMAGE}

# TARGETPLATFORM is set by buildx; plain docker build gets this default.
ARG TARGETPLATFORM=linux/amd64
ARG VERSION=dev
ARG REVISION=none
ARG CREATED=unknown
ARG SOURCE=https://github.com/slipway-build/slipway

LABEL org.opencontainers.image.title="sumcheck" \
      org.opencontainers.image.description="SHA-256 checksum printer and verifier" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.source="${SOURCE}"

COPY ${TARGETPLATFORM}/sumcheck /usr/bin/sumcheck
# Numeric so it works on scratch, which has no /etc/passwd.
USER 65532:65532
WORKDIR /data
ENTRYPOINT ["/usr/bin/sumcheck"]
