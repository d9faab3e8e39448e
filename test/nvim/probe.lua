-- Neovim (0.7.2+) as a second, independent LSP client of dist/server.js.
-- Started by test/nvim/nvim.test.ts as
--   nvim --headless --clean -c 'luafile probe.lua' <corpus copy>/coe-ets185-en.md
-- Environment: TREATY_LENS_SERVER (path of dist/server.js), TREATY_LENS_ROOT (workspace folder),
-- TREATY_LENS_DRAFT (a draft with a broken reference), TREATY_LENS_HOVER ("line:character",
-- 0-based UTF-16, on a defined term in the first buffer), TREATY_LENS_OUT (where the JSON goes).
-- Writes one JSON object and quits: exit status 0 when the probe ran, 1 on a Lua error.
local out_path = os.getenv('TREATY_LENS_OUT')
local result = { steps = {} }

local function write_result()
  local file = io.open(out_path, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function step(name) table.insert(result.steps, name) end

local ok, err = pcall(function()
  local server = os.getenv('TREATY_LENS_SERVER')
  local root = os.getenv('TREATY_LENS_ROOT')
  local draft = os.getenv('TREATY_LENS_DRAFT')
  local hover_line, hover_char = os.getenv('TREATY_LENS_HOVER'):match('(%d+):(%d+)')
  local status = nil

  local client_id = vim.lsp.start_client({
    name = 'treaty-lens',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'corpus' } },
    handlers = {
      ['treatyLens/status'] = function(_, params) status = params end,
    },
  })
  assert(client_id, 'start_client returned nil')
  step('started')
  local main_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(main_buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  assert(vim.wait(10000, function() return client.initialized end, 20), 'the server did not initialize')
  step('initialized')
  result.serverName = client.server_capabilities and client.server_capabilities.hoverProvider and 'hover-capable' or 'no-hover'
  assert(vim.wait(15000, function() return status ~= nil and not status.indexing and status.documents > 0 end, 20), 'no index status')
  result.status = status
  step('indexed')

  local responses = vim.lsp.buf_request_sync(main_buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(main_buf) },
    position = { line = tonumber(hover_line), character = tonumber(hover_char) },
  }, 10000)
  for _, response in pairs(responses or {}) do
    if response.result and response.result.contents then
      local contents = response.result.contents
      result.hover = type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or contents
    elseif response.err then
      result.hoverError = response.err.message
    end
  end
  step('hovered')

  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local draft_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(draft_buf, client_id)
  vim.wait(10000, function() return #vim.diagnostic.get(draft_buf) > 0 end, 20)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(draft_buf)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, severity = d.severity, source = d.source, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code })
  end
  step('diagnostics')

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  step('stopped')
end)

if not ok then result.error = tostring(err) end
write_result()
if ok then vim.cmd('qall!') else vim.cmd('cquit 1') end
