"""Returns tg07–tg12: wildlife protection (野生动植物保护, 收容救护, 疫源疫病监测, 珍稀植物扩繁)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout309.common import (
    YEAR,
    indicators,
    new_book,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout309.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "tg07-epidemic-monitoring",
    (11, 1),
    "project, OLD-NAT, operators in words in a 指标性质 "
    "column, bare numbers with a unit column; a 下降率 with 大于等于 and 0 起 on an incident "
    "count (correct)",
)
def tg07() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="鹤汀市陆生野生动物疫源疫病监测防控",
        dept="鹤汀市林业和草原局（312）",
        unit="鹤汀市野生动物保护站",
        money=one_year(68, 68, 0),
        goals=[
            "运行12个固定监测站点，采集送检样品600份以上，异常情况及时报告，"
            "防止重大野生动物疫情发生。"
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ["产出指标", "数量指标", "固定监测站点日常监测", "大于等于", 12, "个"],
        [None, None, "野鸟及野生动物样品采集送检", "大于等于", 600, "份"],
        [None, "质量指标", "异常情况报告及时率", "等于", 100, "%"],
        [None, None, "样品检测结果上报准确率", "大于等于", 98, "%"],
        [None, "时效指标", "异常死亡信息上报时限", "小于等于", 24, "小时"],
        [None, "成本指标", "单份样品检测费用", "小于等于", 350, "元/份"],
        ["效益指标", "社会效益指标", "重大野生动物疫情发生次数", "小于等于", 0, "起"],
        [None, "生态效益指标", "野生动物异常死亡事件同比下降率", "大于等于", 10, "%"],
        [None, "可持续影响指标", "监测预警体系运行", None, "有效", None],
        ["满意度指标", "服务对象满意度指标", "基层监测员满意度", "大于等于", pct(0.9), "%"],
    ]
    indicators(s, head, rows)
    notes(s, ["注：重大疫情发生次数以0起为目标；下降率按正数填报。"])
    signature(s, "秦朗川", "0917-5519846")
    return b


@variant(
    "tg08-rescue-direction",
    (11,),
    "project, NAT-2021, operators inside the values: ≥ on a "
    "反向 death rate, = on a cost, ≤ on a 正向 count",
)
def tg08() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="野生动物收容救护与放归",
        dept="柘原县林业局（207）",
        unit="柘原县野生动物救护中心",
        money=one_year(73.6, 60, 13.6),
        goals=["收容救护受伤受困野生动物300只以上，救护后符合条件的及时放归自然。"],
    )
    rows = [
        [
            "产出指标",
            "数量指标",
            "收容救护野生动物数量",
            mk("≤300只", "T108", "warning", row=True, note="正向 output count with ≤"),
        ],
        [None, None, "放归自然野生动物数量", "≥180只"],
        [
            None,
            "质量指标",
            "救护野生动物死亡率",
            mk("≥15%", "T108", "warning", row=True, note="反向 rate with ≥"),
        ],
        [None, None, "放归个体标记追踪率", "≥30%"],
        [None, "时效指标", "接报后到达现场时限", "≤2小时"],
        [
            "成本指标",
            "经济成本指标",
            "救护药品及饲料单位成本",
            mk("=28元/只·日", "T108", "warning", row=True, note="a cost cap written with ="),
        ],
        ["效益指标", "生态效益指标", "放归个体野外存活率", "≥70%"],
        [None, "社会效益指标", "救护科普活动参与人次", "≥2000人次"],
        ["满意度指标", "服务对象满意度指标", "报救群众满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "tg09-flat-protection-station",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 "
    "· 指标性质 as operator · 指标值), typed percent cells, weights add to 100, a 合计 row "
    "(correct)",
)
def tg09() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept="柘原县野生动植物保护站",
        budget=[[386, 356, 30, 226, 160]],
        goal="开展野生动植物资源调查和古树名木保护，依法查处涉野生动物案件。",
    )
    s.row(*FLAT_HEAD)
    s.table(
        [
            ["野生动植物资源专项调查样线", 15, "条", "≥", 48],
            ["古树名木挂牌保护", 10, "株", "≥", 260],
            ["野生植物就地保护点巡查覆盖率", 15, "%", "≥", pct(0.95)],
            ["涉野生动物违法案件查处率", 10, "%", "=", pct(1)],
            ["野生动物致害补偿申请受理时限", 10, "个工作日", "≤", 15],
            ["人工繁育场所年检合格率", 10, "%", "≥", pct(0.9)],
            ["非法猎捕案件发生数量下降率", 10, "%", "≥", 20],
            ["社会公众野生动物保护知晓率", 10, "%", "≥", 85],
            ["服务对象满意度", 10, "%", "≥", pct(0.9)],
            ["合计", 100, None, None, None],
        ]
    )
    signature(s, "庞书宁", "0917-6624015")
    return b


@variant(
    "tg10-flat-defects",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 · "
    "计量单位 · 权重): a value unit against the unit column, weights adding to 95",
)
def tg10() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept="苍榆县野生动物保护管理站",
        budget=[[212, 200, 12, 131, 81]],
        goal="做好野生动物肇事补偿、收容救护和栖息地巡查。",
    )
    b.file_mark("W101", "error", note="weights 15+20+15+10+10+15+10 = 95, not 100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table(
        [
            ["野生动物栖息地巡查", "≥120次", "次", 15],
            [
                "野生动物肇事补偿兑付",
                mk("≥45万元", "T112", "error", note="万元 against unit 户"),
                "户",
                20,
            ],
            ["肇事补偿兑付及时率", "≥95%", "%", 15],
            ["收容救护野生动物", "≥80只", "只", 10],
            ["救护个体放归率", "≥60%", "%", 10],
            ["重点保护物种栖息地面积", "≥3.2万亩", "万亩", 15],
            ["受偿群众满意度", "≥90%", "%", 10],
        ]
    )
    return b


@variant(
    "tg11-export-second-sheet",
    (7, 1),
    "budget-system export: head on 项目支出预算05-1, the "
    "indicator table on a second sheet 项目支出绩效目标05-2 with its header on the third row, "
    "project and unit codes in the first columns, header 预期实现值 (correct)",
)
def tg11() -> Book:
    b, s = new_book("项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name="雉鸣谷省级自然保护区珍稀野生植物保护小区建设",
        dept="鹤汀市林业和草原局（312）",
        unit="雉鸣谷省级自然保护区管理处",
        money=one_year(57.8, 50, 7.8),
        goals=["新建珍稀野生植物保护小区4处，设置围栏和监测样方，开展种群复查。"],
    )
    t = b.sheet("项目支出绩效目标05-2", (16, 10, 14, 16, 30, 16, 12))
    t.title(f"{YEAR}年度项目支出绩效目标表", 7)
    t.row(
        "单位：雉鸣谷省级自然保护区管理处",
        None,
        None,
        None,
        None,
        "金额单位：万元",
        merge=[(1, 5), (6, 7)],
    )
    code, unit = "45MGA25-0193", "312006"
    head = ("项目代码", "单位代码", "一级指标", "二级指标", "三级指标", "预期实现值", "度量单位")
    rows = [
        [code, unit, "产出指标", "数量指标", "新建珍稀野生植物保护小区", "≥4", "处"],
        [code, unit, None, None, "设置固定监测样方", "≥40", "个"],
        [code, unit, None, "质量指标", "保护小区围栏验收合格率", pct(0.95), "%"],
        [code, unit, None, "时效指标", "保护小区建成时间", "≤10月31日", None],
        [code, unit, "成本指标", "经济成本指标", "单个保护小区建设成本", "≤12", "万元/处"],
        [code, unit, "效益指标", "生态效益指标", "目标物种种群数量", "稳中有升", None],
        [code, unit, None, "可持续影响指标", "保护小区管护责任落实率", pct(1), "%"],
        [code, unit, "满意度指标", "服务对象满意度指标", "保护小区所在村群众满意度", "≥90", "%"],
    ]
    indicators(t, head, rows, merged=(3, 4))
    return b


@variant(
    "tg12-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels "
    "left from the template with no indicator, a value typed without a name",
)
def tg12() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="珍稀濒危野生植物扩繁与野外回归",
        dept="苍榆县林业局（118）",
        unit="苍榆县林木种苗站",
        money=one_year(wan(46), wan(46), wan(0)),
        goals=["扩繁珍稀濒危野生植物苗木1.5万株，野外回归种植8000株。"],
    )
    empty = "a tier-2 label left from the template with no indicator and no value"
    rows = [
        ["产出指标", "数量指标", "扩繁珍稀濒危植物苗木", "≥1.5万株"],
        [None, None, "野外回归种植", "≥8000株"],
        [None, "质量指标", "回归苗木当年成活率", "≥80%"],
        [None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"],
        [None, "时效指标", "回归种植完成时间", "5月31日前"],
        ["成本指标", "经济成本指标", "扩繁苗木单株成本", "≤18元/株"],
        [None, mk("社会成本指标", "F109", "warning", row=True, note=empty), None, None],
        [None, mk("生态环境成本指标", "F109", "warning", row=True, note=empty), None, None],
        ["效益指标", "生态效益指标", "回归地目标物种野外种群数量增长率", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "回归地所在村群众满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b
