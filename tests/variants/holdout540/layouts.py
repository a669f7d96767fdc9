"""Layouts offices send (items 2, 3, 4, 5, 7): stacked projects, flat lists, notes and
signature rows, decorated tier labels, other header words and a two-row header."""

from __future__ import annotations

from tests.variants.holdout540.common import (
    department,
    first,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout540.registry import variant
from tests.variants.kit import Book, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "cd07-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values (correct)",
)
def cd07() -> Book:
    b, s = first()
    project(
        s,
        "苇渡农业产业园荸荠粉加工车间设备更新",
        "苕浦县苇渡农业产业园管理办公室",
        one_year(60, 45, 15),
        ["更新荸荠粉碎、沉淀设备12台套，年产荸荠淀粉90吨。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "更新荸荠粉碎沉淀设备", "≥12台套"),
            (None, "质量指标", "荸荠淀粉出厂合格率", "≥97%"),
            (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
            (None, "成本指标", "单台套设备购置成本", "≤4万元/台套"),
            ("效益指标", "经济效益指标", "荸荠淀粉销售收入", "≥120万元"),
            ("满意度指标", "服务对象满意度指标", "园区入驻企业满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project(
        s,
        "苇渡农业产业园藠头分级包装线建设",
        "苕浦县苇渡农业产业园管理办公室",
        one_year(40, 40, 0),
        ["建成藠头分级包装线1条，年分级包装藠头800吨。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "建成藠头分级包装线", "≥1条"),
            (None, None, "年分级包装藠头", "≥800吨"),
            (None, "质量指标", "分级包装产品合格率", "≥96%"),
            (None, "时效指标", "包装线投产时间", "2025年10月31日前"),
            (None, "成本指标", "每吨藠头分级包装成本", "≤300元/吨"),
            ("效益指标", "社会效益指标", "带动藠头种植户", "≥150户"),
            ("满意度指标", "服务对象满意度指标", "园区入驻企业满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "cd08-stacked-defects",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's total does not add up and one of its rates is a count",
)
def cd08() -> Book:
    b, s = first()
    project(
        s,
        "荷溆农业产业园荸荠冷链预冷库建设",
        "苕浦县荷溆农业产业园管理办公室",
        one_year(50, 35, 15),
        ["建成荸荠预冷库2座，鲜荸荠冷藏周转能力达到600吨。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "建成荸荠预冷库", "≥2座"),
            (None, "质量指标", "预冷库竣工验收合格率", "100%"),
            (None, "时效指标", "预冷库投用时间", "2025年9月30日前"),
            (None, "成本指标", "单座预冷库建设成本", "≤22万元/座"),
            ("效益指标", "经济效益指标", "荸荠错峰销售增收", "≥60万元"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    s.skip(2)
    rows = one_year(75, 50, 20)
    rows[0][1] = mk(rows[0][1], "B101", "error", row=True, note="50 + 20 = 70, not 75")
    project(
        s,
        "荷溆农业产业园藠头产地收购点建设",
        "苕浦县荷溆农业产业园管理办公室",
        rows,
        ["建成藠头产地收购点5个，覆盖园区藠头种植户。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "建成藠头产地收购点", "≥5个"),
            (
                None,
                "质量指标",
                "藠头收购覆盖率",
                mk("≥500户", "T105", "error", note="a coverage rate given as households"),
            ),
            (None, "时效指标", "收购点建成时间", "2025年5月31日前"),
            (None, "成本指标", "单个收购点建设成本", "≤12万元/个"),
            ("效益指标", "社会效益指标", "带动藠头种植户", "≥500户"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "cd09-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), weights add to 100, tasks add to 项目支出 (correct)",
)
def cd09() -> Book:
    b, s = first()
    tasks = [
        ("荸荠初加工公共服务", "清洗去皮线运维、分级服务", wan(180), "服务加工企业≥12家"),
        ("藠头腌制标准化", "腌制池改造、技术指导", wan(120), "改造腌制池≥40个"),
        ("金额合计", None, wan(300), None),
    ]
    department(
        s,
        "苕浦县渚坪农业产业园服务中心",
        [(wan(420), wan(380), wan(40), wan(120), wan(300))],
        "做好园区荸荠、藠头初加工公共服务，推进腌制标准化。",
        tasks,
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("服务入园荸荠加工企业", 15, "家", "≥", 12),
            ("改造藠头标准化腌制池", 15, "个", "≥", 40),
            ("园区加工产品抽检合格率", 15, "%", "≥", 98),
            ("腌制废水达标排放率", 15, "%", "=", 100),
            ("公共服务事项办结时限", 10, "工作日", "≤", 5),
            ("带动园区农户增收", 15, "元/户", "≥", 600),
            ("园区经营主体满意度", 15, "%", "≥", 90),
        ]
    )
    sign(s, "覃晓岚", "0739-6628514", (2024, 11, 20))
    return b


@variant(
    "cd10-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 "
    "· 指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def cd10() -> Book:
    b, s = first()
    tasks = [
        ("藠头加工企业培育", "扶持藠头腌制、包装企业", wan(150), "扶持企业≥8家"),
        ("荸荠品牌推广", "展销、认证", wan(50), "参展≥3次"),
        ("金额合计", None, wan(200), None),
    ]
    department(
        s,
        "苕浦县茭湾农业产业园服务中心",
        [(wan(310), wan(270), wan(40), wan(110), wan(200))],
        "培育园区藠头加工企业，推广荸荠区域品牌。",
        tasks,
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            (
                "扶持藠头加工企业",
                mk("12万元", "T112", "error", note="12万元 against unit 家"),
                "正向",
                "家",
                15,
            ),
            ("荸荠品牌展销活动", "≥3", "正向", "次", 15),
            (
                "藠头腌制品亚硝酸盐超标率",
                mk("≥2", "T108", "warning", row=True, note="超标率 is 反向: ≤2 intended"),
                "反向",
                "%",
                15,
            ),
            ("荸荠绿色食品认证产品", "≥4", "正向", "个", 15),
            ("企业扶持资金拨付时限", "≤20", "反向", "工作日", 10),
            ("带动园区农户增收", "≥500", "正向", "元/户", 10),
            ("园区企业满意度", "≥90", "正向", "%", 15),
        ]
    )
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "cd11-notes-decorated",
    (4, 5, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "numbered tier labels with points adding to 90, a * mark, a note row inside the table, "
    "a header repeated after a page break, 填表说明 and signature lines (correct)",
)
def cd11() -> Book:
    b, s = first()
    project(
        s,
        "苇渡农业产业园荸荠分级筛选线建设",
        "苕浦县苇渡农业产业园管理办公室",
        one_year(45, 35, 10),
        ["建成荸荠分级筛选线1条，年分级鲜荸荠1800吨以上。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    indicators(
        s,
        head,
        [
            ("一、产出指标（50分）", "（一）数量指标", "分级筛选鲜荸荠", "≥1800吨", "按鲜重计"),
            (None, "（二）质量指标", "分级准确率", "≥95%", "抽样检测"),
            (None, "（三）时效指标", "分级线调试完成时间", "2025年6月30日前", None),
            (None, "（四）成本指标", "每吨鲜荸荠分级成本", "≤150元/吨", None),
        ],
    )
    note(s, "注：分级量以园区过磅单为准。", 5)
    s.skip()
    s.row(*head)
    s.table(
        [
            ("二、效益指标（30分）", "*社会效益指标", "带动荸荠种植户", "≥260户", None),
            (None, "可持续影响指标", "分级标准推广乡镇", "≥4个", None),
            ("三、满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    note(
        s,
        "填表说明：1.绩效标准填写可考核的目标值；2.预算执行率（10分）另行评价，本表分值合计90分。",
        5,
    )
    sign(s, "韦承泽", "0739-6617723", (2024, 11, 26))
    s.row("单位（盖章）：苕浦县苇渡农业产业园管理办公室")
    return b


@variant(
    "cd12-header-wrong-parent",
    (5, 7),
    "project, NAT-2021, abbreviated tier labels, "
    "two-row header 考核内容 / 考核指标 with 目标值（年度） and 评价标准: a 时效 tier-2 under "
    "效益, a satisfaction rate with =",
)
def cd12() -> Book:
    b, s = first()
    project(
        s,
        "茭湾农业产业园藠头腌制池提质改造",
        "苕浦县茭湾农业产业园服务中心",
        one_year(50, 40, 10),
        ["改造藠头标准化腌制池30个，带动种植户200户以上。"],
    )
    s.row("考核内容", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    indicators(
        s,
        ("一级指标", "二级指标", "考核指标", None, None),
        [
            ("产出", "数量", "改造藠头标准化腌制池", "≥30个", "完成得满分，未完成按比例扣分"),
            (None, "质量", "腌制池防渗验收合格率", "=100%", "全部合格得满分"),
            ("成本", "经济成本", "单个腌制池改造成本", "≤1.5万元/个", "超支不得分"),
            ("效益", "社会效益", "带动藠头种植户", "≥200户", "完成得满分"),
            (
                None,
                mk("时效", "F105", "error", note="时效 belongs under 产出, not 效益"),
                "腌制池改造完成时间",
                "2025年10月31日前",
                "逾期不得分",
            ),
            (None, "可持续影响", "改造腌制池使用年限", "≥10年", "达到得满分"),
            (
                "满意度",
                "服务对象满意度",
                "种植户满意度",
                mk("=95%", "T107", "warning", note="≥95% intended"),
                "达到得满分",
            ),
        ],
    )
    return b
