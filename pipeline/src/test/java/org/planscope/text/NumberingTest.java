package org.planscope.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # line                       | style        | number   | ordinal | rest
      第一章 总则                   | CHAPTER      | 第一章    | 1       | 总则
      第十二章　保障措施             | CHAPTER      | 第十二章  | 12      | 保障措施
      第三部分 主要任务              | CHAPTER      | 第三部分  | 3       | 主要任务
      第二篇 加快构建现代产业体系    | PART         | 第二篇    | 2       | 加快构建现代产业体系
      第二节 主要措施                | SECTION      | 第二节    | 2       | 主要措施
      第十二条　每千名儿童拥有儿科医生0.9名以上。 | ARTICLE | 第十二条 | 12 | 每千名儿童拥有儿科医生0.9名以上。
      一、指导思想                   | CN_COMMA     | 一、      | 1       | 指导思想
      十一、附则                     | CN_COMMA     | 十一、    | 11      | 附则
      （三）妇女与经济               | CN_PAREN     | （三）    | 3       | 妇女与经济
      (二)加强监测评估工作组织领导    | CN_PAREN     | (二)      | 2       | 加强监测评估工作组织领导
      （十一）鼓励社会各界广泛参与    | CN_PAREN     | （十一）  | 11      | 鼓励社会各界广泛参与
      1.主要目标                     | ARABIC       | 1.        | 1       | 主要目标
      2．孕产妇死亡率下降             | ARABIC       | 2．       | 2       | 孕产妇死亡率下降
      3、女童平等接受学前教育         | ARABIC       | 3、       | 3       | 女童平等接受学前教育
      4 . 推动家庭家教家风           | ARABIC       | 4 .       | 4       | 推动家庭家教家风
      12. 鼓励和支持妇女             | ARABIC       | 12.       | 12      | 鼓励和支持妇女
      （1）妇女全生命周期            | ARABIC_PAREN | （1）     | 1       | 妇女全生命周期
      (10)促进妇女心理健康            | ARABIC_PAREN | (10)      | 10      | 促进妇女心理健康
      2）加强儿科建设                | ARABIC_PAREN | 2）       | 2       | 加强儿科建设
      ①加强儿科建设                  | CIRCLED      | ①        | 1       | 加强儿科建设
      ⑳最后一项                      | CIRCLED      | ⑳        | 20      | 最后一项
      ㈢妇女与经济                   | CN_PAREN     | ㈢        | 3       | 妇女与经济
      ㈩附则                         | CN_PAREN     | ㈩        | 10      | 附则
      ⒈孕产妇死亡率下降              | ARABIC       | ⒈        | 1       | 孕产妇死亡率下降
      ⒓ 鼓励和支持妇女               | ARABIC       | ⒓        | 12      | 鼓励和支持妇女
      ⑴覆盖城乡的服务体系            | ARABIC_PAREN | ⑴        | 1       | 覆盖城乡的服务体系
      ⒇最后一项                      | ARABIC_PAREN | ⒇        | 20      | 最后一项
      ❶完善妇幼健康服务体系          | CIRCLED      | ❶        | 1       | 完善妇幼健康服务体系
      ❿第十项                        | CIRCLED      | ❿        | 10      | 第十项
      ➀加强儿科建设                  | CIRCLED      | ➀        | 1       | 加强儿科建设
      ➓第十项                        | CIRCLED      | ➓        | 10      | 第十项
      ⓬第十二项                      | CIRCLED      | ⓬        | 12      | 第十二项
      ⓶第二项                        | CIRCLED      | ⓶        | 2       | 第二项
      ㉑第二十一项                    | CIRCLED      | ㉑        | 21      | 第二十一项
      领域一：妇女与健康              | LABEL_PART   | 领域一：  | 1       | 妇女与健康
      领域2 妇女与教育                | LABEL_PART   | 领域2     | 2       | 妇女与教育
      目标1：孕产妇死亡率下降          | LABEL_ITEM   | 目标1：   | 1       | 孕产妇死亡率下降
      措施 12、完善服务体系            | LABEL_ITEM   | 措施 12、 | 12      | 完善服务体系
      任务三：加强领导                 | LABEL_ITEM   | 任务三：  | 3       | 加强领导
      目标2.提高妇女健康水平            | LABEL_ITEM   | 目标2.    | 2       | 提高妇女健康水平
      行动一：学前教育普惠扩容行动        | LABEL_ITEM   | 行动一：  | 1       | 学前教育普惠扩容行动
      工程 2、托育服务扩容工程           | LABEL_ITEM   | 工程 2、  | 2       | 托育服务扩容工程
      举措三：强化督导考核               | LABEL_ITEM   | 举措三：  | 3       | 强化督导考核
      ㊿第五十项                      | CIRCLED      | ㊿        | 50      | 第五十项
      1 总则                         | DECIMAL_1    | 1         | 1       | 总则
      2　发展领域、主要目标和策略措施  | DECIMAL_1    | 2         | 2       | 发展领域、主要目标和策略措施
      2.1 儿童与健康                  | DECIMAL_2    | 2.1       | 1       | 儿童与健康
      2.3儿童与教育                   | DECIMAL_2    | 2.3       | 3       | 儿童与教育
      3.2、加强组织领导                | DECIMAL_2    | 3.2、     | 2       | 加强组织领导
      2.1.1 主要目标                  | DECIMAL_3    | 2.1.1     | 1       | 主要目标
      2.1.12．孕产妇死亡率下降         | DECIMAL_3    | 2.1.12．  | 12      | 孕产妇死亡率下降
      1.2.3.4 第四级                  | DECIMAL_4    | 1.2.3.4   | 4       | 第四级
      4 组织实施                      | DECIMAL_1    | 4         | 4       | 组织实施
      2.7 家庭建设                    | DECIMAL_2    | 2.7       | 7       | 家庭建设
      A．妇女与健康                   | LETTER       | A．       | 1       | 妇女与健康
      C、妇女与经济                   | LETTER       | C、       | 3       | 妇女与经济
      """)
  void readsEveryStyle(String line, NumberingStyle style, String number, int ordinal,
      String rest) {
    Numbering n = Numbering.parse(line);
    assertEquals(style, n.style());
    assertEquals(number, n.number());
    assertEquals(ordinal, n.ordinal());
    assertEquals(rest, line.substring(n.length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025年，男女平等基本国策得到落实", "12.5/10万以下", "十四五”时期",
      "（2021—2030年）", "主要目标：", "1.5倍", "前言", "第3页",
      "Ⅰ类水质", "目标：", "目标任务：", "目标2025年基本实现", "目标100%", "任务1.5倍", "领域内",
      "行动计划", "工程建设", "举措有力", "行动1.5万人次",
      // a letter with no stop, or before Latin text or a number, numbers nothing
      "A级景区达到5个", "B超检查", "A.B.C三类", "A.1 附表",
      // a bare heading 目标 and its first item, flattened onto one line
      "目标 1.女干部比例逐步提高。", "措施 1.加大女干部培养力度。",
      // a decimal opening a wrapped line is not a decimal outline's number
      "11.3 年。", "2.5万人次", "0.5个百分点", "3.5 岁以下", "1.2倍", "2.6亿元",
      "0.87 名、床位增至2.2张", "4.5 张", "1.2 所",
      // a bare number opens only a short heading
      "5 岁以下儿童死亡率降至6‰", "1 孕产妇死亡率 12/10万", "3 加强领导，完善机制。"})
  void plainTextIsNotNumbered(String line) {
    assertNull(Numbering.parse(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      （一） | CN_PAREN     | 1
      1.    | ARABIC       | 1
      (3)   | ARABIC_PAREN | 3
      """)
  void readsListLabels(String label, NumberingStyle style, int ordinal) {
    Numbering n = Numbering.ofLabel(label);
    assertEquals(style, n.style());
    assertEquals(ordinal, n.ordinal());
    assertEquals(0, n.length());
  }
}
