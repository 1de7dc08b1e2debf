# ---- Pre-flight: what the tenant has, and what would conflict with this design ----

# A certificate name as the service shows it ('<I>issuer<S>subject' or the bare name), bare.
function Get-MailflowCertName($value) {
    $text = [string]$value
    $at = $text.LastIndexOf('<S>')
    if ($at -ge 0) { $text = $text.Substring($at + 3) }
    return $text.Trim().ToLowerInvariant()
}

# A setting as one comparable text: lists sorted, case ignored.
function Format-MailflowSetting($value) {
    if ($null -eq $value) { return '' }
    $items = @($value | ForEach-Object { Get-MailflowCertName $_ } | Sort-Object)
    return ($items -join ',')
}

# An IPv4 address, CIDR range or a-b range as its first and last address; $null for anything else.
function ConvertTo-MailflowRange([string]$text) {
    try {
        if ($text.Contains('-')) {
            $ends = $text.Split('-')
            $first = ConvertTo-MailflowRange $ends[0].Trim()
            $last = ConvertTo-MailflowRange $ends[1].Trim()
            if ($null -eq $first -or $null -eq $last) { return $null }
            return @($first[0], $last[1])
        }
        $parts = $text.Split('/')
        $bytes = [System.Net.IPAddress]::Parse($parts[0]).GetAddressBytes()
        if ($bytes.Length -ne 4) { return $null }
        [Array]::Reverse($bytes)
        $start = [uint64][BitConverter]::ToUInt32($bytes, 0)
        $bits = 32
        if ($parts.Length -gt 1) { $bits = [int]$parts[1] }
        $size = [uint64][math]::Pow(2, 32 - $bits)
        $start = $start - ($start % $size)
        return @($start, ($start + $size - 1))
    } catch {
        return $null
    }
}

# Whether two address entries share an address (IPv6 and odd forms: only when written alike).
function Test-MailflowOverlap([string]$a, [string]$b) {
    $x = ConvertTo-MailflowRange $a
    $y = ConvertTo-MailflowRange $b
    if ($null -eq $x -or $null -eq $y) { return ($a.Trim() -eq $b.Trim()) }
    return ($x[0] -le $y[1] -and $y[0] -le $x[1])
}

# The settings of an existing connector that differ from this design's, as sentences.
function Get-MailflowDifferences($want, $have) {
    $skip = @('Name', 'Enabled', 'SenderDomains')
    $differences = @()
    foreach ($key in $want.Keys) {
        if ($skip -contains $key) { continue }
        $mine = Format-MailflowSetting $want[$key]
        $theirs = Format-MailflowSetting $have.$key
        if ($mine -ne $theirs) {
            $differences += ('{0} is [{1}], this design has [{2}]' -f $key, $theirs, $mine)
        }
    }
    return $differences
}

# Whether the tenant already has a connector the Hybrid Configuration Wizard made in this direction.
function Test-MailflowWizardConnector($existing) {
    return @($existing | Where-Object { [string]$_.ConnectorSource -eq 'HybridWizard' }).Count -gt 0
}

# Every conflict between the tenant's connectors and this design's, as sentences.
function Find-MailflowConflicts($existingIn, $existingOut) {
    $conflicts = @()
    foreach ($want in $Inbound) {
        foreach ($have in $existingIn) {
            if ($have.Name -eq $want.Name) {
                foreach ($d in @(Get-MailflowDifferences $want $have)) {
                    $conflicts += ('Inbound connector [{0}] exists with other settings: {1}' -f $have.Name, $d)
                }
                continue
            }
            if ($want.TlsSenderCertificateName -and
                (Get-MailflowCertName $have.TlsSenderCertificateName) -eq (Get-MailflowCertName $want.TlsSenderCertificateName)) {
                $conflicts += ('Inbound connector [{0}] already identifies senders by the certificate {1}' -f $have.Name, $want.TlsSenderCertificateName)
            }
            foreach ($mine in @($want.SenderIPAddresses)) {
                foreach ($theirs in @($have.SenderIPAddresses)) {
                    if ($mine -and (Test-MailflowOverlap ([string]$mine) ([string]$theirs))) {
                        $conflicts += ('Inbound connector [{0}] already lists {1}, which overlaps {2} of [{3}]' -f $have.Name, $theirs, $mine, $want.Name)
                    }
                }
            }
        }
    }
    foreach ($want in $Outbound) {
        foreach ($have in $existingOut) {
            if ($have.Name -eq $want.Name) {
                foreach ($d in @(Get-MailflowDifferences $want $have)) {
                    $conflicts += ('Outbound connector [{0}] exists with other settings: {1}' -f $have.Name, $d)
                }
                continue
            }
            $theirDomains = @($have.RecipientDomains | ForEach-Object { [string]$_ })
            if ((@($want.RecipientDomains) -contains '*') -and ($theirDomains -contains '*')) {
                $conflicts += ('Outbound connector [{0}] already takes mail for all recipients (*), as [{1}] would' -f $have.Name, $want.Name)
            }
            $theirHosts = @($have.SmartHosts | ForEach-Object { Get-MailflowCertName $_ })
            foreach ($smartHost in @($want.SmartHosts)) {
                if ($theirHosts -contains $smartHost.ToLowerInvariant()) {
                    $conflicts += ('Outbound connector [{0}] already sends to the smart host {1}, as [{2}] would' -f $have.Name, $smartHost, $want.Name)
                }
            }
        }
    }
    return $conflicts
}

# Lists the tenant's connectors, then stops before any change if one conflicts (unless -Force).
function Invoke-MailflowPreflight {
    $existingIn = @(Get-InboundConnector)
    $existingOut = @(Get-OutboundConnector)
    Write-Host 'Inbound connectors in this tenant:'
    $existingIn | Format-Table Name, ConnectorType, ConnectorSource, TlsSenderCertificateName, SenderIPAddresses, Enabled -AutoSize | Out-Host
    Write-Host 'Outbound connectors in this tenant:'
    $existingOut | Format-Table Name, ConnectorType, ConnectorSource, SmartHosts, RecipientDomains, Enabled -AutoSize | Out-Host
    if ($HybridPairs -and ((Test-MailflowWizardConnector $existingIn) -or (Test-MailflowWizardConnector $existingOut))) {
        Write-Host 'The Hybrid Configuration Wizard has made connectors here: this script leaves the hybrid connectors to it.'
        $script:Inbound = @($Inbound | Where-Object { -not $_.CloudServicesMailEnabled })
        $script:Outbound = @($Outbound | Where-Object { -not $_.CloudServicesMailEnabled })
    }
    $conflicts = @(Find-MailflowConflicts $existingIn $existingOut)
    if ($conflicts.Count -eq 0) {
        Write-Host 'Pre-flight: no connector conflicts with this design.'
        return
    }
    foreach ($c in $conflicts) { Write-Warning $c }
    if (-not $Force) {
        throw ('Pre-flight found {0} conflict(s), listed above; nothing was changed. Resolve them (remove or rename the other connector, or change the design), or run again with -Force to go on regardless.' -f $conflicts.Count)
    }
    Write-Warning 'Going on despite the conflicts (-Force): connectors named as in this design are set to its settings.'
}

# Creates the connector, or brings a same-named one to this design's settings (only with -Force:
# without it the pre-flight stopped). An existing connector is never enabled or disabled here.
function Set-MailflowConnector([string]$direction, $settings) {
    $existing = @(& ('Get-{0}Connector' -f $direction) | Where-Object { $_.Name -eq $settings.Name })
    if ($existing.Count -eq 0) {
        & ('New-{0}Connector' -f $direction) @settings | Out-Null
        Write-Host ('Created the {0} connector [{1}].' -f $direction.ToLowerInvariant(), $settings.Name)
        return
    }
    if (@(Get-MailflowDifferences $settings $existing[0]).Count -eq 0) {
        Write-Host ('The {0} connector [{1}] is already as designed.' -f $direction.ToLowerInvariant(), $settings.Name)
        return
    }
    $update = $settings.Clone()
    $update.Remove('Name')
    $update.Remove('Enabled')
    & ('Set-{0}Connector' -f $direction) -Identity $settings.Name @update
    Write-Host ('Set the {0} connector [{1}] to this design''s settings.' -f $direction.ToLowerInvariant(), $settings.Name)
}

# Before a restriction: the MX of each domain must already point to the restricted sender only,
# or mail still delivered the old way would be rejected. Stops, changing nothing, unless -Force.
function Assert-MailflowMx($checks) {
    $problems = @()
    $canResolve = [bool](Get-Command Resolve-DnsName -ErrorAction SilentlyContinue)
    foreach ($check in $checks) {
        if (-not $canResolve) {
            $problems += ('Could not look up the MX of {0} here (no Resolve-DnsName): check that it points only to {1}.' -f $check.Domain, $check.Target)
            continue
        }
        $hosts = @(Resolve-DnsName -Name $check.Domain -Type MX -DnsOnly -ErrorAction SilentlyContinue |
            Where-Object { $_.Type -eq 'MX' } |
            ForEach-Object { ([string]$_.NameExchange).TrimEnd('.').ToLowerInvariant() })
        $others = @($hosts | Where-Object { $_ -ne $check.Target })
        if ($hosts.Count -eq 0 -or $others.Count -gt 0) {
            $problems += ('The MX of {0} is [{1}], not only {2}: restricting [{3}] now would reject mail still delivered the old way.' -f $check.Domain, ($hosts -join ', '), $check.Target, $check.Connector)
        }
    }
    if ($problems.Count -eq 0) { return }
    foreach ($p in $problems) { Write-Warning $p }
    if (-not $Force) {
        throw 'LockDown changed nothing. Run it once the MX points to the new path and the old TTL has passed, or with -Force.'
    }
}
