package org.planscope.format;

import java.util.Locale;

/**
 * The messages the command line prints on the terminal (errors, progress, summaries) and the
 * reasons a file is refused, each in Chinese and English: one catalogue, so that a message is
 * written once in each language and a test sees that none lacks one. The templates are {@link
 * String#format} patterns; file paths, option names, numbers and command lines go in as
 * arguments, verbatim. The constant's name is the message's stable key.
 */
public enum Msg {
  // ---- frames ---------------------------------------------------------------------------------
  /** Words from elsewhere (the file system's, a parser's), the same in both languages. */
  AS_GIVEN("%s", "%s"),
  ERROR("错误：%s", "error: %s"),
  COMMAND("planscope %s：%s", "planscope %s: %s"),
  PLANSCOPE("planscope：%s", "planscope: %s"),
  FILE_REASON("%s：%s", "%s: %s"),
  FILE_REASON_HINT("%s：%s（%s）", "%s: %s (%s)"),
  INTERNAL_ERROR("%s：内部错误：%s", "%s: internal error: %s"),
  OUT_OF_MEMORY("%s：内存不足（可用 -Xmx 为 Java 分配更多内存，或减少 --threads）",
      "%s: out of memory (give Java more with -Xmx, or use fewer --threads)"),

  // ---- the paths named on the command line (cli.Inputs) ----------------------------------------
  NO_SUCH_FILE_OR_FOLDER("%s：文件或文件夹不存在", "%s: no such file or folder"),
  LINK_LOOP_SKIPPED("%s：符号链接循环，已跳过", "%s: symbolic link loop; skipped"),
  BROKEN_LINK_SKIPPED("%s：符号链接已失效（其目标不存在），已跳过",
      "%s: broken symbolic link (its target does not exist); skipped"),
  FOLDER_LOOP_SKIPPED("%s：符号链接循环（链接指回其上级文件夹），已跳过",
      "%s: symbolic link loop (a link leads back to a folder above it); skipped"),
  CANNOT_LIST_OR_READ("%s：无法列出或读取（%s）", "%s: cannot list or read (%s)"),
  CANNOT_LIST("%s：无法列出（%s）", "%s: cannot list (%s)"),
  LIMITS_AT_LEAST_1("--max-size 和 --max-chars 不能小于 1", "--max-size and --max-chars must be at least 1"),
  UNKNOWN_LANGUAGE("未知的语言“%s”（可用 zh 或 en）", "unknown language '%s' (zh or en)"),

  // ---- the data folder --------------------------------------------------------------------------
  NO_PLANS_FOLDER("没有文件夹 %s；请先运行 `planscope ingest --data %s`",
      "no folder %s; run `planscope ingest --data %s` first"),
  NO_PLANS_IN("%s 中没有规划；请先运行 `planscope ingest --data %s`",
      "no plans in %s; run `planscope ingest --data %s` first"),
  NO_FOLDER("没有文件夹 %s", "no folder %s"),
  NO_PLAN("%2$s 中没有编号为 %1$s 的规划（现有编号：%3$s）", "no plan %s in %s (ids: %s)"),
  SEVERAL_PLANS("%2$s 中有多个规划与 %1$s 匹配（编号：%3$s）", "several plans match %s in %s (ids: %s)"),
  DELETED("已删除 %s", "deleted %s"),
  DELETED_TITLED("已删除 %s（%s）", "deleted %s (%s)"),
  NO_INDEX("%s 中没有检索索引；请先运行 `planscope ingest`", "no index in %s; run `planscope ingest` first"),
  INDEX_OF_OTHER_ANALYSIS("%s 中的检索索引是用另一种分析方式建立的（schema %s）；请运行 `planscope ingest` 重建",
      "the index in %s was built with another analysis (schema %s); run `planscope ingest` to"
          + " rebuild it"),
  INDEX_LOCKED("检索索引 %s 正由另一个入库进程更新（%s 被占用）；请等其结束后再运行",
      "the index %s is being updated by another ingest (%s is held); wait for it to finish and"
          + " run again"),
  DISK_FULL("磁盘已满，无法写入其规划", "the disk is full: its plan could not be written"),
  PLAN_NOT_WRITTEN("无法写入其规划：%s", "its plan could not be written: %s"),
  NAME_TOO_LONG("文件名超出此文件系统的长度限制", "the file name is too long for this file system"),

  // ---- ingest: progress, notes and the summary ----------------------------------------------------
  NO_SUPPORTED_FILES("%s 下没有支持格式的文件", "no supported files under %s"),
  NO_SUPPORTED_FILES_OTHERS("%s 下没有支持格式的文件（%d 个其他格式的文件：%s）",
      "no supported files under %s (%d of another type: %s)"),
  PROGRESS("[%d/%d] %s %s（%d 毫秒）", "[%d/%d] %s %s (%d ms)"),
  PROGRESS_OK("完成", "ok   "),
  PROGRESS_SAME("未变", "same "),
  PROGRESS_FAILED("失败", "FAIL "),
  PROGRESS_ERROR("  错误：%s", "  error: %s"),
  SUMMARY_COLUMNS("规划,地区,领域,目标,措施,目标值,单位,警告",
      "plan,region,domains,goals,measures,targets,units,warnings"),
  SUMMARY_FAILED("失败：%s", "FAILED: %s"),
  SUMMARY("共 %d 个规划：%d 个失败，用时 %.1f 秒", "%d plan(s), %d failed, %.1f s"),
  SUMMARY_UNCHANGED("共 %d 个规划：%d 个失败，%d 个未变，用时 %.1f 秒",
      "%d plan(s), %d failed, %d unchanged, %.1f s"),
  SKIPPED("已跳过 %d 个不支持格式的文件（支持的格式：%s）：",
      "skipped %d file(s) of an unsupported type (supported: %s):"),
  CATALOGUE("指标目录：%2$d 个目标值中有 %1$d 个对应到目录中的指标；候选指标 %3$d 个",
      "catalogue: %d of %d stated target(s) linked; %d candidate indicator(s)"),
  CATALOGUE_VERBOSE("指标目录：%2$d 个目标值中有 %1$d 个对应到目录中的指标；候选指标 %3$d 个（--verbose 列出）",
      "catalogue: %d of %d stated target(s) linked; %d candidate indicator(s) (--verbose lists them)"),
  CANDIDATE("  候选指标 %s（%d 个规划）", "  candidate %s (%d plan(s))"),
  NOT_ENOUGH_SPACE("%s 的可用空间不足，无法发布 %d 个规划：需要 %d MB，可用 %d MB；未作任何改动（请腾出空间后再运行）",
      "not enough free space in %s to publish %d plan(s): %d MB needed, %d MB free; nothing was"
          + " changed (free some space and run again)"),
  PLANS_PUBLISHED("规划 %s：已写入 %d 个，作为 %s 一并发布（%d 毫秒）",
      "plans %s: %d written, published together as %s (%d ms)"),
  PLANS_ONE_BY_ONE("规划 %s：已写入 %d 个，逐个写入（此处不支持符号链接）（%d 毫秒）",
      "plans %s: %d written, one by one (no symbolic links here) (%d ms)"),
  INDEX_UPDATED("检索索引 %s：新增 %d，替换 %d，未变 %d，删除 %d；共 %d 个文档（%d 毫秒）",
      "index %s: %d added, %d replaced, %d unchanged, %d removed; %d documents (%d ms)"),
  INDEX_REBUILT("检索索引 %s：新增 %d，替换 %d，未变 %d，删除 %d；共 %d 个文档（%d 毫秒）——已按新的分析方式重建",
      "index %s: %d added, %d replaced, %d unchanged, %d removed; %d documents (%d ms) — rebuilt"
          + " for a new analysis"),
  UPLOADS_NOT_INDEXED("无法为上传的规划建立索引：%s", "could not index the uploaded plans: %s"),
  UPLOADS_INDEXED("上传：已为 %d 个上传的规划建立索引", "uploads: %d uploaded plan(s) indexed"),
  REMOVED_TEMPORARY_LINK("已删除一次中断的入库留下的临时链接",
      "removed the temporary link of an interrupted ingest"),
  REMOVED_UNFINISHED_BATCH("已删除未完成的批次 %s", "removed the unfinished batch %s"),
  POINTED_LINK_TARGET_MISSING("已将 %s 指向 %s（其目标已不存在）", "pointed %s to %s (its target was missing)"),
  POINTED_LINK_MISSING("已将 %s 指向 %s（该链接已不存在）", "pointed %s to %s (the link was missing)"),
  DROPPED_INTERRUPTED_BATCH("已丢弃 %s，其批次曾被中断", "dropped %s, whose batch was interrupted"),
  REMOVED_TEMPORARY_FILE("已删除一次中断的运行留下的临时文件 %s",
      "removed the temporary file %s of an interrupted run"),

  // ---- the other commands ---------------------------------------------------------------------
  LIMIT_AT_LEAST_1("--limit 不能小于 1", "--limit must be at least 1"),
  OFFSET_OR_PAGE("--offset 不能小于 0，--page 不能小于 1", "--offset must be 0 or more, --page 1 or more"),
  TREE_NOT_CSV("--tree 输出文本或 --json，不能用 --csv", "--tree prints text or --json, not --csv"),
  HTML_AND_OUT("--html 自带 FILE；--out 用于文本、--json 和 --csv",
      "--html takes its own FILE; --out is for text, --json and --csv"),
  WROTE("已写入 %s", "wrote %s"),
  WROTE_HITS("已写入 %s（%d 条）", "wrote %s (%d hits)"),
  WROTE_AUDIT("已写入 %s：%d 个规划，%d 条审查结果", "wrote %s: %d plan(s), %d finding(s)"),
  UNKNOWN_EXPORT_FORMAT("未知的 --format %s（可用 jsonl）", "unknown --format %s (jsonl)"),
  EXPORTED("已从 %2$d 个规划导出 %1$d 个文档", "%d document(s) from %d plan(s)"),
  PORT_RANGE("--port 须在 0…65535 之间，而不是 %d", "--port must be 0…65535, not %d"),
  UPLOAD_RANGE("--max-upload-mb 须在 1…1024 之间", "--max-upload-mb must be 1…1024"),
  CANNOT_LISTEN("无法在 %s:%d 上监听：%s（是否已有服务在运行？可用 --port N 换一个端口）",
      "cannot listen on %s:%d: %s (is another server running? try --port N)"),
  SERVING("正在提供服务：%s（数据目录：%s）；按 Ctrl-C 停止", "serving %s (data: %s); Ctrl-C stops"),

  // ---- why a file cannot be read (ingest.ReadException) -------------------------------------
  NO_SUCH_FILE("文件不存在", "no such file"),
  CHECK_PATH("请检查路径", "check the path"),
  PERMISSION_DENIED("没有权限", "permission denied"),
  CHECK_PERMISSIONS("请检查文件权限（运行 planscope 的用户须能读取该文件）",
      "check the file's permissions (the user running planscope must be able to read it)"),
  CANNOT_READ("无法读取：%s", "cannot read: %s"),
  IS_DIRECTORY("这是文件夹", "is a directory"),
  GIVE_FILE_OR_INGEST("请指定文件，或将文件夹交给 ingest 命令", "give a file, or a folder to the ingest command"),
  LINK_LOOP("符号链接循环", "symbolic link loop"),
  LINK_LEADS_BACK("该链接指回自身；请将其指向实际文件", "the link leads back to itself; point it at the real file"),
  BROKEN_LINK("符号链接已失效", "broken symbolic link"),
  POINTS_TO_NOTHING("它指向的 %s 不存在", "it points to %s, which does not exist"),
  NOT_REGULAR("不是普通文件（而是设备、管道或套接字）", "not a regular file (a device, pipe or socket)"),
  GIVE_FILE("请指定文件", "give a file"),
  BAD_FILE_NAME("文件名不是有效的 %s（无法识别的字节显示为 \uFFFD）",
      "the file name is not valid %s (shown with \uFFFD where its bytes could not be read)"),
  RENAME_FILE("请重命名该文件（例如 convmv -f GBK -t UTF-8），或在与文件名编码一致的区域设置（locale）下运行",
      "rename the file (e.g. convmv -f GBK -t UTF-8), or run with a locale whose encoding the name"
          + " is in"),
  TOO_LARGE("文件过大：%.1f MB（上限为 %d MB）", "the file is too large: %.1f MB (the limit is %d MB)"),
  RAISE_MAX_SIZE("是否只是一个规划？如仍要读取，可放宽 --max-size", "is it one plan? raise --max-size to read it anyway"),
  UNSUPPORTED_NO_EXTENSION("不支持的文件类型（没有扩展名）", "unsupported file type (no extension)"),
  UNSUPPORTED_TYPE("不支持的文件类型 .%s", "unsupported file type .%s"),
  SUPPORTED("支持的格式：%s", "supported: %s"),
  EMPTY_FILE("文件为空", "the file is empty"),
  ONLY_WHITE_SPACE("文件只含空白字符", "the file contains only white space"),
  SAVED_COMPLETELY("文件是否已完整保存或下载？", "was it saved or downloaded completely?"),
  TEXT_TOO_LONG("文本过长：%,d 个字符（上限为 %,d）", "the text is too long: %,d characters (the limit is %,d)"),
  RAISE_MAX_CHARS("一个规划通常为数万字；是否多份文件合在了一个文件中？请拆分，或放宽 --max-chars",
      "a plan has tens of thousands; is this many documents in one file? split it, or raise"
          + " --max-chars"),
  TIMED_OUT("处理超过 %s 秒未完成", "timed out after %s s"),
  RAISE_TIMEOUT("文件可能过大，或已损坏导致解析器无法结束；可用 --timeout 放宽时限，OCR 每页需数秒",
      "the file may be huge, or damaged so that a parser loops; raise --timeout to give it longer"
          + " (OCR takes several seconds a page)"),
  INTERRUPTED("已中断", "interrupted"),
  CANCELLED("已取消", "cancelled"),
  NO_TEXT("未找到文本", "no text found"),
  NO_TEXT_IN_DOCUMENT("文档中没有文本", "the document contains no text"),
  TEXT_IN_IMAGES("文本是否在图片或嵌入对象中？", "is the text in images or embedded objects?"),
  NO_READER("没有读取器能读取此 .%s 文件", "no reader takes this .%s file"),
  ANOTHER_TYPE("其实际类型是否与文件名不符？", "is it of another type than its name says?"),
  CANNOT_PARSE("无法解析：%s", "cannot parse: %s"),
  CORRUPT_OR_MISNAMED("文件可能已损坏或不完整，或其类型与文件名 .%s 不符",
      "the file may be corrupt or truncated, or not of the type its name .%s says"),
  PASSWORD_PROTECTED("文档设有密码保护", "the document is password-protected"),
  SAVE_UNPROTECTED("请另存一份无密码保护的副本后重试", "save an unprotected copy and try again"),
  MIXED_ENCODINGS("文本混用了两种编码：其非 ASCII 字节中 %d%% 为 UTF-8，其余不是（GBK？）",
      "the text mixes two encodings: %d%% of its non-ASCII bytes are UTF-8, the rest are not (GBK?)"),
  FIX_GARBLED("部分内容会成为乱码；请用编辑器打开，修正乱码部分，并全部另存为 UTF-8",
      "part of it would come out garbled; open it in an editor, fix the garbled part and save it"
          + " all as UTF-8"),
  COMPRESSION_BOMB("疑似压缩炸弹：%s", "suspected compression bomb: %s"),
  PDF_BOMB("规划的 PDF 不会这样膨胀；如确属正常文件，请将其打印为新的 PDF",
      "a plan's PDF does not inflate like this; if it is genuine, print it to a new PDF"),
  ZIP_BOMB("疑似 ZIP 炸弹：%s", "suspected zip bomb: %s"),
  DOCX_BOMB("Word 文档不会这样膨胀；如确属正常文件，请用 Word 重新保存，或另存为 PDF",
      "a Word document does not inflate like this; if it is genuine, save it again from Word or as"
          + " PDF"),
  STREAM_TOO_LARGE("一个压缩流解压后超过 %d MB", "a compressed stream inflates to more than %d MB"),
  STREAM_RATIO("一个 %s 的压缩流解压后膨胀超过 %d 倍", "a compressed stream of %s inflates more than %d times"),
  STREAMS_TOO_LARGE("其压缩流解压后共超过 %d MB", "its compressed streams inflate to more than %d MB"),
  PACKAGE_TOO_LARGE("文件包解压后超过 %d MB", "the package inflates to more than %d MB"),
  PART_RATIO("%s 解压后膨胀超过 %d 倍", "%s inflates more than %d times"),
  KILOBYTES("%d KB", "%d KB"),
  BYTES("%d 字节", "%d bytes"),
  PDF_CUT_SHORT("PDF 文件不完整：缺少文件结束标记", "the PDF is cut short: it has no end-of-file marker"),
  SAVE_AGAIN("文件已损坏或不完整；请重新保存或下载", "the file is corrupt or truncated; save or download it again"),
  NOT_OF_UNKNOWN_KIND("不是%s：是未知类型的二进制数据", "not %s: binary data of an unknown kind"),
  NOT_OF_KIND("不是%s：其内容是%s", "not %s: the content is %s"),
  ERROR_PAGE("下载失败时，错误页面会以该文件名保存；请重新下载",
      "a failed download saves an error page under the file's name; download it again"),
  WRONG_EXTENSION("扩展名是否有误，或文件已损坏？", "is the extension wrong, or the file damaged?"),
  BINARY_NOT_TEXT("是二进制数据，不是文本", "binary data, not text"),
  MISNAMED_TEXT("是否为以 .%s 命名的其他类型文件？", "is it a file of another type under a .%s name?"),
  LOOKS_LIKE("看起来是%s；请使用其实际扩展名", "it looks like %s; give it its real extension"),
  // the kinds begin with a Chinese character, so that 不是%s and 是%s need no space
  A_PDF_FILE("有效的 PDF 文件", "a PDF file"),
  A_WORD_FILE("有效的 Word 文件", "a Word file"),
  AN_RTF_FILE("有效的 RTF 文件", "an RTF file"),
  A_WEB_PAGE("网页", "a web page"),
  KIND_PDF("一份 PDF 文档", "a PDF document"),
  KIND_ZIP("一个 ZIP 压缩包（.docx、.xlsx、.zip 等）", "a ZIP archive (a .docx, .xlsx, .zip …)"),
  KIND_ENCRYPTED_OFFICE("一份加密的 Office 文档", "an encrypted Office document"),
  KIND_OLD_OFFICE("一份旧版 Office 文档（.doc、.xls、.ppt）", "an old-style Office document (.doc, .xls, .ppt)"),
  KIND_RTF("一份 RTF 文档", "an RTF document"),
  KIND_PNG("一张 PNG 图片", "a PNG image"),
  KIND_JPEG("一张 JPEG 图片", "a JPEG image"),
  KIND_GIF("一张 GIF 图片", "a GIF image"),
  KIND_GZIP("一个 gzip 压缩包", "a gzip archive"),
  KIND_RAR("一个 RAR 压缩包", "a RAR archive"),
  KIND_PROGRAM("一个可执行程序（ELF）", "a program (ELF)"),
  KIND_WEB_PAGE("一个网页（HTML）", "a web page (HTML)"),
  KIND_XML("一段 XML", "XML"),
  KIND_TEXT("纯文本", "plain text"),
  SCAN_WITHOUT_TEXT("PDF 没有文字层（是扫描件）", "the PDF has no text layer (it is a scan)"),
  OCR_INTERRUPTED("文字识别（OCR）已中断", "OCR interrupted"),
  OCR_FAILED("PDF 没有文字层，文字识别（OCR）失败：%s", "the PDF has no text layer, and OCR failed: %s"),
  CHECK_TESSERACT("请检查 tesseract 的安装，或先对其做文字识别（ocrmypdf -l chi_sim）",
      "check the tesseract installation, or run it through OCR first (ocrmypdf -l chi_sim)"),
  OCR_FOUND_NO_TEXT("PDF 没有文字层，文字识别（OCR）也未找到文本", "the PDF has no text layer, and OCR found no text"),
  BLANK_PAGES("页面是否为空白或图片？", "are the pages blank or pictures?"),
  OCR_SWITCHED_OFF("文字识别（OCR）已关闭；请先对其做文字识别（例如 ocrmypdf -l chi_sim）",
      "OCR is switched off; run it through OCR first (e.g. ocrmypdf -l chi_sim)"),
  TESSERACT_SILENT("tesseract 没有响应；要识别，请安装 tesseract-ocr 和 tesseract-ocr-chi-sim",
      "tesseract did not answer; install tesseract-ocr and tesseract-ocr-chi-sim to OCR it"),
  TESSERACT_LANGUAGE("tesseract 没有 %s 语言包；要识别，请安装 tesseract-ocr-chi-sim",
      "tesseract has no %s language; install tesseract-ocr-chi-sim to OCR it"),
  INSTALL_TESSERACT("要识别，请安装 tesseract-ocr 和 tesseract-ocr-chi-sim",
      "install tesseract-ocr and tesseract-ocr-chi-sim to OCR it"),
  TESSERACT_INTERRUPTED("查找 tesseract 时被中断", "interrupted while looking for tesseract");

  private final String zh;
  private final String en;

  Msg(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** The template in {@code lang}. */
  public String template(Lang lang) {
    return lang.pick(zh, en);
  }

  /** The message in {@code lang}; an argument that is a message is written in it too. */
  public String in(Lang lang, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Message m ? m.in(lang)
          : args[i] instanceof Msg k ? k.in(lang) : args[i];
    }
    return String.format(Locale.ROOT, template(lang), shown);
  }

  /** This message with its arguments, to be written later in the reader's language. */
  public Message with(Object... args) {
    return new Message(this, args);
  }
}
