#!/bin/sh
exec sentinel "$@"
