-- Headless Neovim as the language client of `mtlint lsp`: opens each file named in MTLINT_FILES (separated by
-- newlines), attaches the server to it, waits for its diagnostics, and writes what Neovim received and stored
-- to MTLINT_OUT as JSON. Run by lsp-neovim.test.ts; Neovim 0.7 (Debian's) has vim.lsp.start_client, later ones
-- also vim.lsp.start.
local files = vim.split(vim.env.MTLINT_FILES, '\n', { trimempty = true })
local received = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  received[result.uri] = result.diagnostics
  return publish(err, result, ctx, config)
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'mtlint',
    cmd = { vim.env.MTLINT_NODE, vim.env.MTLINT_BIN, 'lsp', '--stdio' },
    root_dir = vim.env.MTLINT_ROOT,
  })
  assert(client_id, 'the server did not start')
  local buffers = {}
  for _, file in ipairs(files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(file))
    local buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buf, client_id)
    buffers[file] = buf
  end
  local all = vim.wait(120000, function()
    for _, buf in pairs(buffers) do
      if received[vim.uri_from_bufnr(buf)] == nil then return false end
    end
    return true
  end, 50)
  assert(all, 'no diagnostics within 120 s')
  local out = {}
  for file, buf in pairs(buffers) do
    local stored = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(stored, {
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, source = d.source,
        code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL,
      })
    end
    out[file] = { filetype = vim.bo[buf].filetype, lsp = received[vim.uri_from_bufnr(buf)], stored = stored }
  end
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.MTLINT_OUT)
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end

local ok, problem = pcall(run)
if not ok then
  io.stderr:write(tostring(problem) .. '\n')
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
