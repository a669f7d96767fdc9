"""Department returns, flat lists and stacked projects: money in every block, flat lists with
weights, two projects in one sheet, template rows left empty (be07–be12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout515.common import (
    indicators,
    new_book,
    notes,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout515.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def share(value: float) -> C:
    return pct(value, "0.00%")


@variant(
    "be07-zangyi-department-money",
    (12,),
    "department, NAT-2021: budget with shares, "
    "key tasks adding to 金额合计 = 项目支出, a cost cap equal to its task (correct)",
)
def be07() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2025,
        dept="娘曲县拉加日乡卫生院",
        budget=[
            (wan(286.4), wan(250.4), wan(36), wan(198.4), wan(88)),
            (share(1), share(0.8743), share(0.1257), share(0.6927), share(0.3073)),
        ],
        tasks=[
            ("藏医药浴室改造", "改造药浴室2间，购置药浴设备", wan(40), "年内投入使用"),
            ("藏药材采购储备", "采购常用藏药材及院内制剂", wan(30), "保障门诊用药"),
            ("藏医师带徒培训", "师承带徒4人，外出进修2人", wan(18), "培养藏医骨干"),
            ("金额合计", None, wan(88), None),
        ],
        goal="巩固乡卫生院藏医科服务能力，药浴室8月底前投入使用，藏医门诊6800人次以上。",
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "藏医门诊诊疗人次", "≥6800人次"),
        (None, None, "藏医药浴治疗人次", "≥1500人次"),
        (None, "质量指标", "藏药饮片质量抽检合格率", "=100%"),
        (None, "时效指标", "药浴室投入使用时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "药浴室改造成本", "≤40万元"),
        ("效益指标", "社会效益指标", "辖区居民藏医药服务利用率", "≥35%"),
        (None, "可持续影响指标", "在岗藏医师人数", "≥6人"),
        ("满意度指标", "服务对象满意度指标", "就诊患者满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "央金", "0896-5548831", day(2024, 11, 20))
    return b


@variant(
    "be08-mengyi-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def be08() -> Book:
    b, s = new_book()
    total = mk(
        wan(312.5),
        "B101",
        "error",
        row=True,
        note="基本支出 220.5 + 项目支出 86 = 306.5 ≠ 资金总额 312.5 (财政拨款 + 其他资金 holds)",
    )
    tasks_total = mk(
        wan(86),
        "B102",
        "error",
        alt=("B101",),
        note="the tasks add to 36 + 22 + 30 = 88, not the 金额合计 86",
    )
    department_head(
        s,
        year=2026,
        dept="呼和温都旗赛音察布苏木卫生院",
        budget=[(total, wan(270.5), wan(42), wan(220.5), wan(86))],
        tasks=[
            ("蒙药制剂室升级", "更新蒙药散剂、丸剂制备设备", wan(36), "制剂室通过验收"),
            ("蒙医正骨培训", "培训嘎查医生蒙医正骨技术", wan(22), "培训25人"),
            ("巡回诊疗车运行", "流动蒙医诊疗车下嘎查巡诊", wan(30), "巡诊120次"),
            ("金额合计", None, tasks_total, None),
        ],
        goal="提升苏木卫生院蒙医药服务能力，制剂室通过验收，巡诊覆盖全部嘎查。",
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "流动诊疗车巡诊次数", "≥120次"),
        (None, None, "培训嘎查医生人数", "≥25人"),
        (None, "质量指标", "蒙药制剂抽检合格率", "≥98%"),
        (None, "时效指标", "制剂室设备安装完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "巡诊单次运行成本", "≤2500元/次"),
        ("效益指标", "社会效益指标", "嘎查巡诊覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "牧民群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "斯琴高娃", "0479-6618245", day(2025, 11, 18))
    return b


@variant(
    "be09-mengyi-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells and bare numbers, weights add to 100 (correct)",
)
def be09() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2026,
        dept="呼和温都旗额尔敦希拉苏木卫生院",
        budget=[(wan(268), wan(236), wan(32), wan(190), wan(78))],
        goal="以蒙医药为特色提供基本医疗和公共卫生服务，巡回诊疗覆盖全部嘎查。",
    )
    s.row("年度绩效指标", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (None, "蒙医门诊诊疗人次", 15, "人次", "≥", 7200),
        (None, "开展蒙医适宜技术项数", 10, "项", "≥", 10),
        (None, "蒙药制剂抽检合格率", 15, "%", "≥", 98),
        (None, "医疗纠纷发生起数", 10, "起", "≤", 0),
        (None, "次均药品费用增长率", 10, "%", "≤", 0),
        (None, "巡回诊疗覆盖嘎查数", 10, "个", "≥", 24),
        (None, "家庭医生签约居民蒙医药服务比例", 10, "%", "≥", pct(0.4)),
        (None, "慢性病患者复诊脱落下降率", 10, "%", "≥", 15),
        (None, "服务对象满意度", 10, "%", "≥", pct(0.9)),
        (None, "合计", 100, None, None, None),
    ], merged=(1,))  # fmt: skip
    sign(s, "阿拉坦仓", "0479-6630572", day(2025, 11, 25))
    return b


@variant(
    "be10-zangyi-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def be10() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2025,
        dept="娘曲县觉木隆乡卫生院",
        budget=[(wan(232), wan(204), wan(28), wan(171), wan(61))],
        goal="提供藏医特色基本医疗服务，开展藏医药浴和藏医适宜技术推广。",
    )
    b.file_mark("W101", "error", note="the weights add to 20+15+10+15+10+15+10 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.row("藏医门诊诊疗人次", "≥6000", "正向", "人次", 20)
    s.row("藏医药浴治疗人次", "≥1400", "正向", "人次", 15)
    s.row("药浴耗材支出", mk("≤12万元", "T112", "error", alt=("T119",),
                             note="the value is in 万元, the unit column says 人次"),
          "反向", "人次", 10)  # fmt: skip
    s.row("藏医适宜技术推广项数", "≥6", "正向", "项", 15)
    s.row("藏药不良反应发生率", mk("≥1%", "T108", "warning", row=True,
                                   note="a 反向 发生率 with ≥"), "反向", "%", 10)  # fmt: skip
    s.row("藏药饮片质量抽检合格率", "≥98%", "正向", "%", 15)
    s.row("就诊群众满意度", pct(0.9), "正向", "%", 10)
    sign(s, "旦增曲珍", "0896-5536604", day(2024, 11, 28))
    return b


@variant(
    "be11-zangyi-stacked-two",
    (2,),
    "two township projects stacked in one sheet, OLD-NAT, "
    "one value column, the same indicator names with different values (correct)",
)
def be11() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="觉木隆乡卫生院藏医馆建设项目",
        dept="娘曲县卫生健康局（418006）",
        unit="娘曲县觉木隆乡卫生院",
        money=one_year_money(wan(55), wan(50), wan(5)),
        title="娘曲县2025年度乡镇卫生院藏医馆建设项目绩效目标表",
        goals=["建成藏医馆1个，配置藏医诊疗设备12台（套），藏医门诊3000人次以上。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "藏医门诊诊疗人次", "≥3000人次"),
        (None, None, "配置藏医诊疗设备", "≥12台（套）"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "藏医馆建成时间", "2025年10月31日前"),
        (None, "成本指标", "藏医馆改造单位面积成本", "≤1800元/平方米"),
        ("效益指标", "社会效益指标", "乡域居民藏医药服务覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="达日朗乡卫生院藏医馆建设项目",
        dept="娘曲县卫生健康局（418006）",
        unit="娘曲县达日朗乡卫生院",
        money=one_year_money(wan(38), wan(38), wan(0)),
        title="",
        goals=["建成藏医馆1个，配置藏医诊疗设备8台（套），藏医门诊2200人次以上。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "藏医门诊诊疗人次", "≥2200人次"),
        (None, None, "配置藏医诊疗设备", "≥8台（套）"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "藏医馆建成时间", "2025年11月30日前"),
        (None, "成本指标", "藏医馆改造单位面积成本", "≤1600元/平方米"),
        ("效益指标", "社会效益指标", "乡域居民藏医药服务覆盖率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：两个藏医馆改造面积分别为260平方米和200平方米，改造费用已含在各项目资金内。")
    sign(s, "罗布次仁", "0896-5520419", day(2024, 12, 5))
    return b


@variant(
    "be12-mengyi-stacked-defects",
    (2, 6, 13),
    "two projects stacked, OLD-NAT, one value "
    "column: the second project's money does not add up, a tier-2 left from the template "
    "and a value without a name",
)
def be12() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="巴彦乌苏苏木卫生院蒙医馆设备购置项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗巴彦乌苏苏木卫生院",
        money=one_year_money(wan(32), wan(30), wan(2)),
        title="呼和温都旗2026年度苏木卫生院蒙医馆项目绩效目标表",
        goals=["购置蒙医温针、罨敷等诊疗设备10台（套），蒙医诊疗4000人次以上。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "购置蒙医诊疗设备", "≥10台（套）"),
        (None, None, "蒙医诊疗人次", "≥4000人次"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备到位时间", "2026年6月30日前"),
        (None, "成本指标", "设备平均单价", "≤3万元/台（套）"),
        ("效益指标", "社会效益指标", "苏木群众蒙医药服务覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "就诊牧民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(
        wan(50), "B101", "error", row=True, note="年度资金总额 50 ≠ 财政拨款 40 + 其他资金 6 = 46"
    )
    project_head(
        s,
        year=2026,
        name="额尔敦希拉苏木卫生院蒙医馆设备购置项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗额尔敦希拉苏木卫生院",
        money=one_year_money(total, wan(40), wan(6)),
        title="",
        goals=["购置蒙医诊疗设备12台（套），蒙医诊疗4500人次以上。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "购置蒙医诊疗设备", "≥12台（套）"),
        (None, None, "蒙医诊疗人次", "≥4500人次"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="tier-2 left from the template, no indicator and no value"), None, None),
        (None, "成本指标", "设备平均单价", "≤3.5万元/台（套）"),
        ("效益指标", "社会效益指标", "苏木群众蒙医药服务覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "就诊牧民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "朝鲁门", "0479-6641137", day(2025, 11, 21))
    return b
