package org.planscope.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coordination stage alone: a phrase and a number of values in, one name per value out. */
class CoordinationSplitterTest {
  static final CoordinationSplitter SPLITTER = new CoordinationSplitter(TargetLexicon.shared());

  @ParameterizedTest(name = "{0} ×{1}")
  @CsvSource(delimiter = '|', textBlock = """
      # shared suffix, cut by length, by a repeated final character, after a population word
      城市和农村妇女健康档案建档率 | 2 | 城市妇女健康档案建档率 ; 农村妇女健康档案建档率
      城市社区和农村社区儿童之家覆盖率 | 2 | 城市社区儿童之家覆盖率 ; 农村社区儿童之家覆盖率
      35-64岁适龄妇女宫颈癌、乳腺癌人群筛查率 | 1 | 35-64岁适龄妇女宫颈癌人群筛查率 ; 35-64岁适龄妇女乳腺癌人群筛查率
      新生儿、婴儿和5岁以下儿童死亡率 | 3 | 新生儿死亡率 ; 婴儿死亡率 ; 5岁以下儿童死亡率
      小学生、初中生、高中阶段学生近视率 | 3 | 小学生近视率 ; 初中生近视率 ; 高中阶段学生近视率
      小学、初中阶段净入学率 | 1 | 小学阶段净入学率 ; 初中阶段净入学率
      小学和初中学生体质健康合格率 | 1 | 小学学生体质健康合格率 ; 初中学生体质健康合格率
      区人大代表和区政协委员中女性比例 | 2 | 区人大代表中女性比例 ; 区政协委员中女性比例
      村党组织书记和村委会主任中女性比例 | 2 | 村党组织书记中女性比例 ; 村委会主任中女性比例
      农村和城镇自来水普及率 | 2 | 农村自来水普及率 ; 城镇自来水普及率
      # a lead that is no population word stays its conjunct's own; a standard is a head
      村党组织成员、村委会成员中女性比例 | 2 | 村党组织成员中女性比例 ; 村委会成员中女性比例
      困难残疾人生活补贴和重度残疾人护理补贴标准 | 1 | 困难残疾人生活补贴标准 ; 重度残疾人护理补贴标准
      # the shared part starts at the last conjunct's population word
      高血压、2型糖尿病患者基层规范管理服务率 | 1 | 高血压患者基层规范管理服务率 ; 2型糖尿病患者基层规范管理服务率
      孤儿和事实无人抚养儿童基本生活费发放率 | 1 | 孤儿基本生活费发放率 ; 事实无人抚养儿童基本生活费发放率
      # whole conjuncts; 、 inside an item, 及 between items; a population borrowed
      孕妇梅毒、乙肝和丙肝检测率及感染孕妇治疗率 | 1 | 孕妇梅毒、乙肝和丙肝检测率 ; 感染孕妇治疗率
      婴幼儿体检率和学龄儿童视力筛查率 | 1 | 婴幼儿体检率 ; 学龄儿童视力筛查率
      婴儿死亡率和5岁以下儿童死亡率 | 2 | 婴儿死亡率 ; 5岁以下儿童死亡率
      5岁以下儿童贫血率和生长迟缓率 | 2 | 5岁以下儿童贫血率 ; 5岁以下儿童生长迟缓率
      65岁以上老年人骨密度筛查率和视力筛查率 | 2 | 65岁以上老年人骨密度筛查率 ; 65岁以上老年人视力筛查率
      # one indicator: no joiner, or parts that do not match the values
      孕产妇系统管理率 | 2 | -
      区委、区人大、区政府领导班子 | 2 | -
      65岁及以上老年人健康管理率 | 1 | -
      # the first conjunct's last character twice in the last: no telling where its word ends
      城乡居民医保和大病保险参保率 | 1 | -
      # a long first conjunct and no telling where the last's own part ends: one indicator
      乡镇卫生院和社区卫生服务中心达到服务能力基本标准的比例 | 1 | -
      """)
  void splits(String phrase, int values, String expected) {
    List<String> names = SPLITTER.split(phrase, values);
    assertEquals(expected, names.isEmpty() ? "-" : String.join(" ; ", names));
  }
}
