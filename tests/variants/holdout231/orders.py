"""Project tables with tiers whose columns come in unusual orders: 计量单位 before the value, a
direction column (指标方向 or 指标性质) beside an operator column (比较符 or 指标方向, as symbols or
words), 中期 and 年度 columns after the direction, two projects stacked with weights (qg07–qg12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout231.common import (
    book,
    note,
    one_year_money,
    period_money,
    sign,
    tiered,
)
from tests.variants.holdout231.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

T3 = ("一级指标", "二级指标", "三级指标")


@variant("qg07-rural-roads-unit-first", (11,), "one-year project, NAT-2021, columns "
         "三级指标·计量单位·指标方向·比较符·指标值: 反向 hours and costs with ≤, a 下降率 正向 "
         "≥, 定性 健全 (correct)")  # fmt: skip
def qg07() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 12, 10, 8, 12))
    project_head(
        s, year=2026, name="农村公路日常养护项目", dept="泠水县交通运输局（083）",
        unit="泠水县农村公路养护中心", money=one_year_money(680, 600),
        goals=["2026年完成县乡村道日常养护1150公里，路面病害48小时内处置，优良中等路率达到85%"
               "以上，农村公路交通事故率较上年下降5%以上。"],
    )  # fmt: skip
    tiered(s, (*T3, "计量单位", "指标方向", "比较符", "指标值"), [
        ("产出指标", "数量指标", "日常养护里程", "公里", "正向", "≥", 1150),
        (None, None, "桥梁定期检查座数", "座", "正向", "≥", 86),
        (None, "质量指标", "优良中等路率", "%", "正向", "≥", 85),
        (None, "时效指标", "路面病害处置平均时长", "小时", "反向", "≤", 48),
        ("成本指标", "经济成本指标", "每公里年养护成本", "万元/公里", "反向", "≤", 0.55),
        ("效益指标", "社会效益指标", "农村公路交通事故率下降率", "%", "正向", "≥", 5),
        (None, "可持续影响指标", "“路长制”养护长效机制", None, "正向", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "正向", "≥", 90),
    ])  # fmt: skip
    sign(s, "田牧之", "骆芷汀", "0878-6203154")
    return b


@variant("qg08-farmland-operator-after-value", (11,), "one-year project, NAT-2021, columns "
         "三级指标·指标值·计量单位·比较符·备注: ≥ on a 亩均成本, ≤ on a 满意度")  # fmt: skip
def qg08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 12, 8, 22))
    project_head(
        s, year=2026, name="高标准农田建设项目", dept="椿林县农业农村局（126）",
        unit="椿林县农田建设服务中心", money=one_year_money(1850, 1500),
        goals=["2026年新建高标准农田1万亩，配套灌排渠道42公里，项目区粮食综合生产能力提高，"
               "受益农户满意度达到90%以上。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标值", "计量单位", "比较符", "备注"), [
        ("产出指标", "数量指标", "新建高标准农田面积", 10000, "亩", "≥", "分布在5个乡镇"),
        (None, None, "新建灌排渠道长度", 42, "公里", "≥", None),
        (None, "质量指标", "工程竣工验收合格率", 98, "%", "≥", None),
        (None, "时效指标", "工程完工时间", day(2026, 11, 30, CN_DATE), None, "≤", None),
        ("成本指标", "经济成本指标", "亩均建设成本", 1800, "元/亩",
         mk("≥", "T108", "warning", row=True, note="a cost per 亩 is a cap: ≤ meant"),
         "按省定标准"),
        ("效益指标", "经济效益指标", "项目区亩均粮食增产", 50, "公斤/亩", "≥", None),
        (None, "可持续影响指标", "工程设施管护机制", "健全", None, "=", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", 90, "%",
         mk("≤", "T108", "warning", row=True, note="a 满意度 is 正向: ≥ meant", alt=("D104",)),
         "入户抽样"),
    ])  # fmt: skip
    sign(s, "冉北辰", "管清漪", "0739-5512087")
    return b


@variant("qg09-culture-direction-then-two-values", (8, 11), "project 2026–2028, NAT-2021, columns "
         "三级指标·指标方向·中期指标值·年度指标值: counts smaller each year, equal rates and unit "
         "costs, 反向 修复时长 ≤ (correct)")  # fmt: skip
def qg09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 18, 18))
    project_head(
        s, year=2026, years=3, name="公共文化服务提质项目", dept="渚溪县文化和旅游局（047）",
        unit="渚溪县文化馆", attr="新增项目", money=period_money((1260, 1200), (420, 400)),
        goals=["2026—2028年开展送戏下乡演出360场，建成乡镇综合文化站标准化服务点36个，公共"
               "文化设施免费开放率保持在98%以上。",
               "2026年开展送戏下乡演出120场，建成标准化服务点12个，群众满意度达到90%以上。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标方向", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "送戏下乡演出场次", "正向", "≥360场", "≥120场"),
        (None, None, "乡镇综合文化站标准化服务点", "正向", "≥36个", "≥12个"),
        (None, "质量指标", "公共文化设施免费开放率", "正向", "≥98%", "≥98%"),
        (None, "时效指标", "设施故障平均修复时长", "反向", "≤72小时", "≤72小时"),
        ("成本指标", "经济成本指标", "单场演出补助标准", "反向", "≤0.3万元/场", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "年均参与群众文化活动人次", "正向", "≥9万人次", "≥8万人次"),
        (None, "可持续影响指标", "基层文化服务队伍稳定性", "正向", "稳定", "稳定"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值（参与人次为年均值），年度指标值为2026年目标。", 6)
    sign(s, "晏松涛", "苗依然", "0716-8830562")
    return b


@variant("qg10-health-declared-two-columns", (8, 11), "project 2026–2027, NAT-2021, columns "
         "三级指标·指标性质(正向/反向)·中期指标值·年度指标值: a 反向 感染率 with ≥ in 年度, a 正向 "
         "管理率 with ≤, a 反向 unit cost without an operator in 年度")  # fmt: skip
def qg10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 18, 18))
    project_head(
        s, year=2026, years=2, name="基层卫生服务能力提升项目", dept="苍桐县卫生健康局（211）",
        unit="苍桐县基层卫生指导中心", money=period_money((640, 600), (320, 300)),
        goals=["2026—2027年为慢病患者提供健康管理服务36000人次，培训基层医务人员1600人次，"
               "基层医疗机构服务能力明显提升。",
               "2026年提供慢病患者健康管理服务18000人次，培训基层医务人员800人次。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标性质", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "慢病患者健康管理服务人次", "正向", "≥36000人次", "≥18000人次"),
        (None, None, "基层医务人员培训人次", "正向", "≥1600人次", "≥800人次"),
        (None, "质量指标", "高血压、糖尿病患者规范管理率", "正向",
         mk("≤80%", "T108", "warning", row=True, note="正向 declared: ≥80% meant"), "≤75%"),
        (None, None, "基层医疗机构医院感染发生率", "反向", "≤1%",
         mk("≥1%", "T108", "warning", alt=("D203",), note="反向 declared; the 中期 value has ≤")),
        (None, "时效指标", "年度培训任务完成时间", "反向", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均健康管理服务成本", "反向", "≤160元/人次",
         mk("160元/人次", "T117", "warning", alt=("D203", "T103"),
            note="a 反向 cost without ≤ reads as exactly 160")),
        ("效益指标", "社会效益指标", "居民健康素养水平提高", "正向", "≥2个百分点", "≥1个百分点"),
        ("满意度指标", "服务对象满意度指标", "签约患者满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "方淮生", "楚映雪", "0523-4419076")
    return b


@variant("qg11-housing-words-swapped-headers", (5, 11), "one-year project, NAT-2021, numbered "
         "tiers, 指标性质 (正向/反向) and 指标方向 (大于等于/小于等于/等于) columns: 等于 0起 "
         "on a 反向 事故, 等于 on a count, a 反向 完工时间 with 小于等于 a date "
         "(correct)")  # fmt: skip
def qg11() -> Book:
    b, s = book("项目支出绩效目标表", (16, 20, 30, 10, 12, 16, 12))
    project_head(
        s, year=2026, name="城镇老旧小区改造项目", dept="澄溪县住房和城乡建设局（152）",
        unit="澄溪县城市更新服务中心", money=one_year_money(6200, 5400),
        goals=["2026年完成24个城镇老旧小区改造，惠及居民1850户以上，11月底前全部完工，改造后"
               "小区物业服务覆盖率提高10个百分点。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标性质", "指标方向", "指标值", "计量单位"), [
        ("一、产出指标", "1.数量指标", "改造老旧小区个数", "正向", "等于", 24, "个"),
        (None, None, "改造惠及居民户数", "正向", "大于等于", 1850, "户"),
        (None, "2.质量指标", "改造工程竣工验收合格率", "正向", "大于等于", 98, "%"),
        (None, "3.时效指标", "改造工程完工时间", "反向", "小于等于",
         day(2026, 11, 30, CN_DATE), None),
        ("二、成本指标", "1.经济成本指标", "户均改造成本", "反向", "小于等于", 3.2, "万元/户"),
        ("三、效益指标", "1.社会效益指标", "改造施工安全事故", "反向", "等于", 0, "起"),
        (None, None, "改造小区物业服务覆盖率提高", "正向", "大于等于", 10, "百分点"),
        (None, "2.可持续影响指标", "改造小区长效管理机制", "正向", "等于", "健全", None),
        ("四、满意度指标", "1.服务对象满意度指标", "改造小区居民满意度", "正向", "大于等于", 90,
         "%"),
    ])  # fmt: skip
    note(s, "注：指标性质填正向或反向；指标方向填大于等于、小于等于或等于。")
    sign(s, "鲁慕白", "施晚晴", "0355-7016248")
    return b


PARK = [
    ("产出指标", "数量指标", "公园绿地养护面积", "≥186万平方米", 20),
    (None, None, "绿地病虫害防治次数", "≥12次", 10),
    (None, "质量指标", "绿地养护质量达标率", "≥95%", 15),
    (None, "时效指标", "病虫害发现后处置时限", "≤3天", 10),
    ("成本指标", "经济成本指标", "每平方米年养护成本", "≤2.6元/平方米", 15),
    ("效益指标", "生态效益指标", "建成区公园绿地率", "≥70%", 10),
    (None, "社会效益指标", "公园游览安全事故", "=0起", 10),
    ("满意度指标", "服务对象满意度指标", "游园市民满意度", "≥90%", 10),
]


@variant("qg12-parks-stacked-weights-105", (2, 11), "two one-year projects stacked, NAT-2021, "
         "a 权重 column each: the second's weights add up to 105, ≤ on a 成活率, ≥ on a unit "
         "cost")  # fmt: skip
def qg12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10, 12))
    project_head(
        s, year=2026, name="城市公园绿地养护项目", dept="梧冈市园林绿化局（318）",
        unit="梧冈市公园管理处", money=one_year_money(520, 500),
        goals=["2026年养护公园绿地186万平方米，养护质量达标率95%以上，全年不发生游览安全事故。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标值", "权重"), PARK)
    s.skip()
    project_head(
        s, year=2026, name="主干道行道树补植项目", dept="梧冈市园林绿化局（318）",
        unit="梧冈市绿化工程队", money=one_year_money(180, 180), title="",
        goals=["2026年4月底前在主干道补植行道树1800株，苗木成活率达到90%以上。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="the second project's weights add up to 105, not 100")
    tiered(s, (*T3, "指标值", "权重"), [
        ("产出指标", "数量指标", "补植行道树株数", "≥1800株", 20),
        (None, "质量指标", "补植苗木成活率",
         mk("≤90%", "T108", "warning", row=True, alt=("D104",), note="a 成活率 is 正向"), 20),
        (None, "时效指标", "补植完成时间", "2026年4月30日前", 10),
        ("成本指标", "经济成本指标", "单株补植成本",
         mk("≥850元/株", "T108", "warning", row=True, note="a unit cost is a cap: ≤ meant"), 20),
        ("效益指标", "生态效益指标", "主干道绿化覆盖率提高", "≥1.5个百分点", 15),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", 20),
    ])  # fmt: skip
    sign(s, "薛景行", "石若溪", "0427-3385719")
    return b
