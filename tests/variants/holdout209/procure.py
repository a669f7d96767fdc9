"""One-year procurement and service projects: equipment lists as budget lines, 资金来源 blocks,
per-台/人/人次 standards, inline operators, operator and unit columns, a direction column and a
weight column (pk01–pk06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout209.common import (
    ONE,
    book,
    funding,
    indicators,
    one_year_money,
    purchase,
    sign,
    wan,
)
from tests.variants.holdout209.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct


@variant("pk01-county-hospital-equipment", (1, 12), "one-year project, NAT-2021, inline "
         "operators and an 指标解释 column; a 资金来源 block (中央 + 省 + 县 + 自有 = 总额) and an "
         "equipment list (设备名称 · 台数 · 单价 · 小计) adding to the money; 平均住院日 ≤ "
         "(correct)")  # fmt: skip
def pk01() -> Book:
    b, s = book("Sheet1", (16, 24, 30, 16, 18, 14))
    project_head(
        s, year=2026, name="临溪县人民医院医疗设备购置项目", dept="临溪县卫生健康局（301）",
        unit="临溪县人民医院", attr="一次性项目",
        money=one_year_money(wan(620), wan(580), wan(40)),
        goals=["2026年购置64排螺旋CT、数字化X射线摄影系统（DR）等医疗设备35台，当年完成安装验收"
               "并投入使用，县域内住院率达到90%以上。"],
    )  # fmt: skip
    funding(s, [("中央补助资金", 300), ("省级补助资金", 160), ("县级配套资金", 120),
                ("医院自有资金", 40)])  # fmt: skip
    purchase(s, ("设备名称", "台数", "单价（万元）", "小计（万元）"), [
        ("64排螺旋CT", 1, 380),
        ("数字化X射线摄影系统（DR）", 1, 120),
        ("全自动生化分析仪", 1, 60),
        ("心电监护仪", 12, 2.5),
        ("输液泵", 20, 1.5),
    ])  # fmt: skip
    s.skip()
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "购置医疗设备数量", "≥35台", "设备购置明细所列5类设备合计"),
        (None, "质量指标", "设备安装验收合格率", "=100%", "按合同技术参数逐台验收"),
        (None, "时效指标", "设备安装调试完成时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "设备购置总成本", "≤620万元", "含医院自有资金"),
        ("效益指标", "社会效益指标", "县域内住院率", "≥90%", "县域内住院人次占比"),
        (None, None, "平均住院日", "≤7.5天", "反向指标"),
        (None, "可持续影响指标", "大型医用设备完好率", "≥95%", "CT、DR全年完好率"),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", "≥90%", "第三方满意度调查"),
    ])  # fmt: skip
    sign(s, "陈思远", "杨慧敏", "0596-7321508")
    return b


@variant("pk02-tcm-line-product-wrong", (11, 12), "one-year project, NAT-2021, operator and "
         "unit columns, a date cell; in the list (品目 · 数量 · 单价 · 金额) 6 × 3.8 is written "
         "24.8; 中医病区平均住院日 with ≥")  # fmt: skip
def pk02() -> Book:
    b, s = book("Sheet1", (14, 22, 30, 12, 16, 12))
    project_head(
        s, year=2026, name="中医诊疗设备购置项目", dept="青岚市卫生健康委员会（402）",
        unit="青岚市中医院", attr="一次性项目",
        money=one_year_money(ok(wan(180), "error", note="the written amounts add up to 180, "
                                "the products to 178"), wan(150), wan(30)),
        goals=["2026年购置中药煎药机、中医体质辨识仪等中医诊疗设备26台，9月底前完成安装验收，"
               "中医非药物疗法门诊人次增长10%以上。"],
    )  # fmt: skip
    slip = mk(money(24.8), "B101", "error", alt=("B102",), row=True, note="6 × 3.8 = 22.8")
    total = ok(money(180), "error", note="the written amounts add to 180, the products to 178")
    purchase(s, ("品目", "数量", "单价（万元）", "金额（万元）"), [
        ("中药煎药机", 4, 6),
        ("中医体质辨识仪", 6, 3.8, slip),
        ("智能脉诊仪", 5, 4),
        ("电针治疗仪", 10, 1.2),
        ("中药饮片智能调剂系统", 1, 99.2),
    ], label="购置明细", total=total)  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "购置中医诊疗设备数量", "≥", 26, "台"),
        (None, "质量指标", "设备验收合格率", "=", 100, "%"),
        (None, "时效指标", "设备采购安装完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "设备购置成本", "≤", 180, "万元"),
        ("效益指标", "社会效益指标", "中医非药物疗法门诊人次增长率", "≥", 10, "%"),
        (None, None, "中医病区平均住院日",
         mk("≥", "T108", "warning", row=True, note="a 平均住院日 is 反向: ≤ meant"), 9, "天"),
        (None, "可持续影响指标", "中医诊疗设备使用率", "≥", 85, "%"),
        ("满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pk03-maternal-lines-not-sum", (11, 12), "one-year project, NAT-2021, one value "
         "column; the lines (品目 · 数量 · 单价 · 金额, one per-人次 line) add to 186 but the 合计 "
         "says 196; 婴儿死亡率 ≥4‰")  # fmt: skip
def pk03() -> Book:
    b, s = book("Sheet1", (16, 26, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="孕产妇和儿童健康管理能力提升项目", dept="白沙河区卫生健康局（215）",
        unit="白沙河区妇幼保健院",
        money=one_year_money(ok(wan(196), "error", note="the lines add to 186"), wan(196),
                             wan(0)),
        goals=["2026年为辖区孕产妇和儿童提供随访服务6000人次，完成新生儿听力筛查3000人，"
               "孕产妇系统管理率达到92%以上。"],
    )  # fmt: skip
    purchase(s, ("品目", "数量", "单价", "金额"), [
        ("胎儿中央监护系统", 1, 48),
        ("新生儿听力筛查仪", 2, 9),
        ("儿童眼病筛查仪", 2, 12),
        ("高危孕产妇管理信息系统升级", 1, 36),
        ("孕产妇和儿童随访服务（人次）", 6000, 0.01),
    ], label="支出明细（万元）", total=mk(money(196), "B102", "error", alt=("B101",), row=True,
                                        note="48 + 18 + 24 + 36 + 60 = 186"))  # fmt: skip
    s.skip()
    indicators(s, ONE, [
        ("产出指标", "数量指标", "孕产妇和儿童随访服务人次", "≥6000人次"),
        (None, None, "新生儿听力筛查人数", "≥3000人"),
        (None, "质量指标", "新生儿听力筛查率", "≥98%"),
        (None, None, "孕产妇系统管理率", "≥92%"),
        (None, "时效指标", "设备采购安装完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "随访服务补助标准", "≤100元/人次"),
        ("效益指标", "社会效益指标", "婴儿死亡率",
         mk("≥4‰", "T108", "warning", row=True, note="a death rate is 反向: ≤ meant")),
        (None, "可持续影响指标", "孕产妇健康管理信息系统运行", "稳定"),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pk04-township-dr-standard-equal", (1, 12), "one-year project, NAT-2021, operator, "
         "unit and 指标值设定依据 columns, a 资金来源 block; DR 45万元/台 × 8台 = the 360万元 "
         "exactly, a 增长率 ≥120%, a 覆盖率 =100% (correct)")  # fmt: skip
def pk04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 12, 24))
    project_head(
        s, year=2026, name="基层医疗卫生能力提升项目（乡镇卫生院DR配置）",
        dept="临溪县卫生健康局（301）", unit="临溪县卫生健康局", attr="新增项目",
        money=one_year_money(wan(360), wan(360), wan(0)),
        goals=["为8个乡镇卫生院各配置1台数字化X射线摄影系统（DR），培训影像技术人员16人，"
               "实现乡镇卫生院远程影像诊断全覆盖。"],
    )  # fmt: skip
    funding(s, [("中央转移支付资金", 240), ("县级配套资金", 120)])
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
                   "指标值设定依据"), [
        ("产出指标", "数量指标", "配置DR的乡镇卫生院数", "≥", 8, "个", "计划标准"),
        (None, None, "购置数字化X射线摄影系统（DR）", "≥", 8, "台", "每院1台"),
        (None, None, "培训乡镇卫生院影像技术人员", "≥", 16, "人", "供货商免费培训"),
        (None, "质量指标", "设备验收合格率", "=", 100, "%", "行业标准"),
        (None, "时效指标", "设备到货安装时限", "≤", 60, "天", "自合同签订之日起"),
        ("成本指标", "经济成本指标", "DR单台采购价格", "≤", 45, "万元/台", "市场询价"),
        ("效益指标", "社会效益指标", "乡镇卫生院影像检查人次增长率", "≥", 120, "%",
         "原有设备老旧、检查量低"),
        (None, None, "乡镇卫生院远程影像诊断覆盖率", "=", 100, "%", "计划标准"),
        (None, "可持续影响指标", "县域远程影像诊断运行机制", "定性", "建立并执行", None,
         "计划标准"),
        ("满意度指标", "服务对象满意度指标", "基层就诊群众满意度", "≥", 90, "%", "行业标准"),
    ])  # fmt: skip
    return b


@variant("pk05-training-standard-over-money", (1, 10, 12), "one-year project, NAT-2021, a "
         "weight column adding to 100: 培训补助 3000元/人 × 500人 = 150万元 above the 120万元, a "
         "规范管理率 stored as 105% (percent cell)")  # fmt: skip
def pk05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="乡村医生能力提升培训项目", dept="青岚市卫生健康委员会（402）",
        unit="青岚市基层卫生培训中心",
        money=one_year_money(wan(120), wan(120), wan(0)),
        goals=["2026年培训乡村医生500人，培训考核合格率达到90%以上，提升村卫生室常见病诊治和"
               "慢性病管理能力。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "培训乡村医生人数",
         mk("≥500人", "B107", "warning", row=True, required=False,
            note="the count half of the standard × 人数 product"), 20),
        (None, "质量指标", "培训考核合格率", "≥90%", 15),
        (None, "时效指标", "培训完成时间", "2026年11月30日前", 10),
        ("成本指标", "经济成本指标", "乡村医生培训补助标准",
         mk("≤3000元/人", "B107", "warning", row=True,
            note="500人 × 3000元/人 = 150万元 > 年度资金总额 120万元"), 15),
        ("效益指标", "社会效益指标", "村卫生室高血压患者规范管理率",
         mk(pct(1.05), "T106", "error", note="a 管理率 cannot pass 100%"), 20),
        (None, "可持续影响指标", "乡村医生定期培训机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("pk06-surveillance-direction-column", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction (正向/反向/定性), 指标方向 as operator, bare numbers and a unit column; "
         "漏报率 and 响应时长 反向 with ≤, 及时率 =100% (correct)")  # fmt: skip
def pk06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 10, 12))
    project_head(
        s, year=2026, name="传染病监测预警项目", dept="白沙河区卫生健康局（215）",
        unit="白沙河区疾病预防控制中心",
        money=one_year_money(wan(85), wan(85), wan(0)),
        goals=["设立法定传染病监测哨点12个，完成病原学检测样本3000份，传染病疫情报告及时率达到"
               "100%，突发疫情2小时内响应处置。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "法定传染病监测哨点数", "正向", "≥", 12, "个"),
        (None, None, "病原学检测样本数", "正向", "≥", 3000, "份"),
        (None, None, "开展传染病应急处置演练", "正向", "≥", 2, "次"),
        (None, "质量指标", "网络直报信息准确率", "正向", "≥", 98, "%"),
        (None, None, "传染病漏报率", "反向", "≤", 2, "%"),
        (None, "时效指标", "传染病疫情报告及时率", "正向", "=", 100, "%"),
        (None, None, "突发疫情现场处置响应时长", "反向", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "单份病原学检测成本", "反向", "≤", 150, "元/份"),
        ("效益指标", "社会效益指标", "聚集性疫情早期发现率", "正向", "≥", 90, "%"),
        (None, "可持续影响指标", "传染病多点触发监测预警机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "监测哨点单位满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "黄启明", "沈雨桐", "0596-8813026")
    return b
