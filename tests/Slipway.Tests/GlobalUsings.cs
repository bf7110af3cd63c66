// The CI systems' hosts, which the output, detection and report tests use.
global using Slipway.Components.CiSystems.Forgejo;
global using Slipway.Components.CiSystems.GitHub;
global using Slipway.Components.CiSystems.GitLab;
