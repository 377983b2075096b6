// vite imports this optional package on Windows inside try/catch and falls back to PowerShell.
throw new Error('napi-windows-process-start-time is not available in this install')
