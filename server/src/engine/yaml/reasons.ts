/**
 * Every reason js-yaml (4.x loader) can give, in the words a budget officer needs. A reason
 * missing here would reach users in English; the test walks js-yaml's source for the list.
 */
const REASONS: [RegExp, string][] = [
  [/^bad indentation of a mapping entry/, '缩进不正确：这一行的键与同级的键没有对齐，或上一行的值没有写完'],
  [/^bad indentation of a sequence entry/, '缩进不正确：列表项“- ”没有与同级对齐'],
  [
    /^end of the stream or a document separator is expected/,
    '此处不应有内容：可能是缩进错误，或行首有制表符',
  ],
  [
    /^unexpected end of the (stream|document) within a double quoted scalar/,
    '双引号没有闭合：请在值的末尾补上“"”',
  ],
  [
    /^unexpected end of the (stream|document) within a single quoted scalar/,
    "单引号没有闭合：请在值的末尾补上“'”",
  ],
  [/^unexpected end of the stream within a flow collection/, '“[”或“{”没有闭合：请补上对应的“]”或“}”'],
  [/^unexpected end of the stream within a verbatim tag/, '“!<”标签没有闭合：请补上“>”，或给该值加引号'],
  [/^missed comma between flow collection entries/, '花括号或方括号中的各项之间缺少英文逗号“,”'],
  [/^expected the node content, but found ','/, '此处多了一个逗号“,”，或逗号前缺少内容'],
  [
    /^can not read a block mapping entry; a multiline key may not be an implicit key/,
    '键不能跨行：请检查冒号“:”是否遗漏',
  ],
  [/^can not read an implicit mapping pair; a colon is missed/, '缺少冒号：键和值之间应写半角冒号“:”'],
  [/^a whitespace character is expected after the key-value separator/, '冒号“:”后应有一个空格'],
  [/^incomplete explicit mapping pair/, '映射项不完整：缺少键或冒号'],
  [/^a line break is expected/, '此处应换行：“|”或“>”之后只能写块文本标记'],
  [/^missing indentation for block scalar/, '“|”或“>”之后的文本缺少缩进'],
  [/^repeat of a chomping mode identifier/, '“|”或“>”后重复写了“+”或“-”'],
  [/^repeat of an indentation width identifier/, '“|”或“>”后重复写了缩进数字'],
  [/^bad explicit indentation width of a block scalar/, '“|”或“>”后的缩进标记不正确'],
  [/^unidentified alias/, '以“*”开头的值会被当作 YAML 别名，但没有同名的锚点“&”：请给该值加引号'],
  [
    /^name of an (anchor|alias) node must contain at least one character/,
    '“&”或“*”是 YAML 的特殊符号：请给该值加引号',
  ],
  [/^alias node should not have any properties/, '别名“*”前不能再写锚点“&”或标签“!”：请给该值加引号'],
  [/^duplication of an anchor property/, '一个值只能有一个锚点“&”：请给该值加引号'],
  [/^duplication of a tag property/, '一个值只能有一个标签“!”：请给该值加引号'],
  [
    /^(unknown tag|unacceptable node kind for !<|cannot resolve a node with !<)/,
    '以“!”开头的值会被当作 YAML 标签：请给该值加引号',
  ],
  [
    /^(tag name|tag suffix|tag prefix|named tag handle|undeclared tag handle)/,
    '以“!”开头的值会被当作 YAML 标签：请给该值加引号',
  ],
  [/^there is a previously declared suffix/, '标签“!”重复声明：请给该值加引号'],
  [/^unknown escape sequence/, '双引号中的反斜杠“\\”后不是合法的转义：请写成“\\\\”，或改用单引号'],
  [
    /^expected hexadecimal character/,
    '双引号中的“\\x”“\\u”转义后应为十六进制数字：请写成“\\\\”，或改用单引号',
  ],
  [/^expected valid JSON character/, '双引号中含有不允许的控制字符'],
  [/^nesting exceeded maxDepth/, '嵌套层级过深，已停止解析这一部分'],
  [/^merge keys exceeded maxTotalMergeKeys/, '合并键“<<”过多，已停止解析'],
  [/^(cannot merge mappings|abnormal merge sequence size)/, '合并键“<<”的值应为映射或映射的列表'],
  [/^nested arrays are not supported inside keys/, '键不能是嵌套的列表'],
  [/^null byte is not allowed in input/, '文件中含有空字符（NUL），可能不是文本文件'],
  [/^the stream contains non-printable characters/, '文件中含有不可打印的字符，可能不是文本文件'],
  [/^tab characters must not be used in indentation/, '缩进中不能使用制表符，请改用空格'],
  [/^duplicated mapping key/, '同一层级中键重复'],
  [
    /^expected a single document in the stream/,
    '文件中只能有一个 YAML 文档：请删除“---”或“...”分隔线及其后的第二个文档',
  ],
  [/^directives end mark is expected/, '“%”指令后应有“---”：草稿不需要 YAML 指令，请删除以“%”开头的行'],
  [
    /^(%YAML|YAML directive|TAG directive|duplication of %YAML|directive name|ill-formed|unacceptable YAML version)/,
    '以“%”开头的行会被当作 YAML 指令：草稿不需要指令，请删除这一行或给值加引号',
  ],
];

/** A js-yaml reason in Chinese; an unknown one is named as a syntax error, never shown in English. */
export function reasonZh(reason: string): string {
  return REASONS.find(([re]) => re.test(reason))?.[1] ?? 'YAML 语法错误：无法解析此处的内容';
}

/** Whether a reason is in the table (for the test that walks js-yaml's reasons). */
export function isTranslated(reason: string): boolean {
  return REASONS.some(([re]) => re.test(reason));
}
