#!/bin/sh
# Resource names in generic files (issue 23), code lines only, one row a hit with its category (A-G).
# Run from the repository root: scripts/generic-names.sh | awk '{print $1}' | sort | uniq -c
# Generic = the engine folders of DashboardCore plus the top-level files of DashboardViews
# (resource-specific views live, after step 2, in Sources/DashboardViews/Resources/).
# ResourceRegistry.swift is the one list of resources and is left out on purpose.
GENERIC=$(find Sources/DashboardCore/State Sources/DashboardCore/Input Sources/DashboardCore/Registry \
  Sources/DashboardCore/Editing Sources/DashboardCore/Store Sources/DashboardCore/Scheduling \
  Sources/DashboardCore/Navigation Sources/DashboardCore/Actions Sources/DashboardCore/Slices \
  -name '*.swift' ! -name ResourceRegistry.swift 2>/dev/null; find Sources/DashboardViews -maxdepth 1 -name '*.swift')
PANES='overview|agents|gateways|proxies|knowledge|mcp|limits|stats|metrics|teams|logs|calls|sessions|tools|connectors'
hits() { grep -nE "$2" $GENERIC | grep -vE '^[^:]+:[0-9]+:[[:space:]]*//' | sed "s/^/$1 /"; }
{
hits A "(pane|Pane)[[:space:]]*(==|!=|:|=)[[:space:]]*\.($PANES)\b"
hits B "[A-Z][A-Za-z]*Resource\b|Sources\.(teams|people|otherServices|proxyStats|overview|agentStats|modelStats|teamStats)\b"
hits C "\b(limits|agents|gateways|proxies|knowledgeBases|mcpServers|catalog|proxyStats|overview|costSavings|teamStats|agentStats|modelStats|userStats|teams)\.value\b|\busers\.sorted"
hits D "\bLimit(Figures|Notifications|UsageHistory|EntityChoice)\b|\blimit(History|Figures|EntityChoices|sAlert)\b|\b(request|cost)Rate\b|ProxyBreakdown|MetricsSegments|metricsLive"
hits E "[Ii]nstall"
hits F "Pane\(number|lastNumber|(resource|pane|\\\$0|first|last)\.number\b|\"1-\\\\\("
hits G "resource\.isList|isList\b"
} | sort -u
