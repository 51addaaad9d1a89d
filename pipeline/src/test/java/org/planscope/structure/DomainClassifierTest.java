package org.planscope.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainClassifierTest {
  private static final DomainLexicon LEXICON = DomainLexicon.shared();
  private static final DomainClassifier CLASSIFIER = DomainClassifier.shared();

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # plan type | passage                                                                                                   | domain
      women       | 孕产妇死亡率下降到12/10万以下。适龄妇女宫颈癌和乳腺癌人群筛查率达到70%以上。加强妇幼健康服务体系建设，提高妇女健康素养。 | 妇女与健康
      women       | 促进平等就业，消除就业性别歧视。保障妇女获得公平的劳动报酬，加强女职工劳动保护和职业技能培训，支持妇女创业。       | 妇女与经济
      women       | 深入实施反家庭暴力法，依法严厉打击拐卖妇女、性侵害妇女等违法犯罪行为，为妇女提供法律援助和司法救助。          | 妇女与法律
      children    | 预防和控制儿童溺水和道路交通伤害，推广使用儿童安全座椅，减少儿童意外伤害和事故，加强儿童食品药品安全监管。     | 儿童与安全
      children    | 学前教育毛入园率达到95%以上，九年义务教育巩固率达到97%以上，减轻学生作业负担，规范校外培训。             | 儿童与教育
      """)
  void placesAPassageInItsDomain(String type, String passage, String domain) {
    assertEquals(domain, CLASSIFIER.classify(passage, LEXICON.of(type)).domain().name());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      坚持党的全面领导。坚持以人民为中心。坚持共建共治共享。
      本规划由县妇女儿童工作委员会负责解释。
      """)
  void staysUnsureWithoutEvidence(String passage) {
    assertNull(CLASSIFIER.classify(passage, LEXICON.of("women")).domain());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # heading as printed | plan type | domain
      妇女与健康            | women     | 妇女与健康
      妇女健康              | women     | 妇女与健康
      妇女发展环境           | women     | 妇女与环境
      儿童发展环境           | children  | 儿童与环境
      健康领域              | children  | 儿童与健康
      """)
  void namesADomainHeading(String heading, String type, String domain) {
    assertEquals(domain, LEXICON.match(heading, type).name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # heading as printed    | plan type | domain's name in the plan
      儿童与社会环境            | children  | 儿童与社会环境
      儿童与社会环境领域         | children  | 儿童与社会环境
      儿童社会环境              | children  | 儿童与环境
      儿童与法律保护领域         | children  | 儿童与法律保护
      儿童与法律               | children  | 儿童与法律
      妇女与法治（牵头单位：县司法局） | women     | 妇女与法治
      妇女健康                | women     | 妇女与健康
      健康领域                | children  | 儿童与健康
      妇女参与决策             | women     | 妇女参与决策和管理
      妇女与决策和管理          | women     | 妇女与决策和管理
      """)
  void keepsAnotherFullNameAsPrinted(String heading, String type, String name) {
    assertEquals(name, LEXICON.printedName(LEXICON.match(heading, type), heading));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"妇女发展", "妇女发展基础", "发展环境"})
  void leavesOtherHeadingsUnnamed(String heading) {
    assertNull(LEXICON.match(heading, "women"));
  }
}
