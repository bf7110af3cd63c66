// The CI systems' attributes, hosts and compilers, which most test builds and tests name.
global using Slipway.Components.CiSystems.Forgejo;
global using Slipway.Components.CiSystems.GitHub;
global using Slipway.Components.CiSystems.GitLab;
