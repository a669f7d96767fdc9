"""Both halves of the theme: flat department lists, stacked projects, department money and a
budget-system export."""

from __future__ import annotations

from tests.variants.holdout526.common import (
    HEAD4,
    YEAR,
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    w,
)
from tests.variants.holdout526.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "bp13-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)",
)
def flat_department() -> Book:
    b, s = start()
    tasks = [
        ("手语翻译服务", "政务、医疗、司法场所手语翻译", 180, "服务900场次以上"),
        ("手语人才培训", "培训持证手语翻译员", 100, "培训60人"),
        ("无障碍信息服务", "手语视频与字幕服务", 60, "窗口覆盖率85%"),
        ("金额合计", None, 340, None),
    ]
    department(
        s,
        "砚川市残疾人联合会",
        [(860, 800, 60, 520, 340)],
        "完善全市手语公共服务，提升听障群众办事便利度。",
        tasks,
    )
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("手语翻译服务场次", 20, "场次", "≥", 900),
            ("培训持证手语翻译员", 15, "人", "≥", 60),
            ("公共服务窗口手语服务覆盖率", 15, "%", "≥", pct(0.85)),
            ("手语翻译服务投诉率", 10, "%", "≤", pct(0.02)),
            ("预约服务响应时间", 10, "小时", "≤", 24),
            ("听障群众办事等候时长下降率", 10, "%", "≥", pct(0.1)),
            ("听障群众满意度", 20, "%", "≥", pct(0.92)),
            ("合计", 100, None, None, None),
        ]
    )
    signature(s, "贺听澜", "0913-4790362")
    return b


@variant(
    "bp14-flat-defects",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重) "
    "with the operator inside the value: a unit conflict, weights adding to 95",
)
def flat_defects() -> Book:
    b, s = start()
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    department(
        s, "栖峰县地震局", [(420, 400, 20, 300, 120)], "做好全县地震监测、震害防御和科普宣传工作。"
    )
    s.skip()
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table(
        [
            ("维护地震监测台站", "≥12", "个", 20),
            (
                "地震科普宣传活动",
                mk("≥36场", "T112", "error", note="值中的单位“场”与计量单位列“人次”不一致"),
                "人次",
                15,
            ),
            ("新建农居抗震示范户", "≥40", "户", 15),
            ("地震速报信息发布时限", "≤10", "分钟", 10),
            ("震情值班差错率", "≤1", "%", 10),
            ("防震减灾知识知晓率", "≥80", "%", 10),
            ("社会公众满意度", "≥90", "%", 15),
        ]
    )
    signature(s, "祁松年", "0913-8830217")
    return b


CODE = "317021-25-0008"
TWO = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "bp15-stacked-two",
    (2,),
    "two projects stacked in one sheet (seismic warning "
    "terminals, sign-language window), OLD-NAT, the same name with two values (correct)",
)
def stacked_two() -> Book:
    b, s = start()
    project(
        s,
        "汀屿县地震预警信息发布终端运维",
        "汀屿县地震局 530116",
        "汀屿县地震局",
        one_year(42, 42, 0),
        ["保障全县150台预警信息发布终端正常运行。"],
    )
    indicators(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "运维预警信息发布终端", "≥150台"),
            (None, "质量指标", "终端在线率", "≥95%"),
            (None, "时效指标", "终端故障修复时限", "≤48小时"),
            (None, "成本指标", "单台终端年运维成本", "≤0.25万元/台"),
            ("效益指标", "社会效益指标", "学校和社区预警信息接收覆盖率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    s.skip()
    project(
        s,
        "汀屿县政务服务中心手语窗口",
        "汀屿县政务服务管理局 530302",
        "汀屿县政务服务中心",
        one_year(18, 15, 3),
        ["设手语窗口2个，全年服务听障群众800人次。"],
        title="",
    )
    indicators(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "服务听障群众", "≥800人次"),
            (None, "质量指标", "手语服务一次办结率", "≥90%"),
            (None, "时效指标", "窗口预约响应时间", "≤1个工作日"),
            (None, "成本指标", "手语服务人员补贴", "≤3万元/人·年"),
            ("效益指标", "社会效益指标", "听障群众办事往返次数下降率", "≥15%"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
        ],
    )
    signature(s, "庞雨舟", "0916-5512840")
    return b


@variant(
    "bp16-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: a rate given as a "
    "count in the first, the second project's total not the sum of its parts",
)
def stacked_defects() -> Book:
    b, s = start()
    project(
        s,
        "霁川县地震应急避难场所标识更新",
        "霁川县应急管理局 611102",
        "霁川县地震局",
        one_year(24, 24, 0),
        ["更新全县36处避难场所标识并开展演练。"],
    )
    indicators(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "更新避难场所标识", "≥36处"),
            (
                None,
                "质量指标",
                "标识设置规范率",
                mk("36处", "T105", "error", note="规范率应为百分比"),
            ),
            (None, "时效指标", "标识更新完成时间", "2025年9月30日前"),
            (None, "成本指标", "每处标识更新成本", "≤0.6万元/处"),
            ("效益指标", "社会效益指标", "居民避难场所知晓率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(w(35), "B101", "error", note="28 + 4 = 32，不是 35")
    project(
        s,
        "霁川县听障人士应急手语服务",
        "霁川县残疾人联合会 611305",
        "霁川县聋人协会",
        one_year(total, 28, 4),
        ["为听障人士提供应急手语翻译和应急演练服务。"],
        title="",
    )
    indicators(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "应急演练手语翻译服务", "≥20场次"),
            (None, "质量指标", "应急手语翻译员持证率", "=100%"),
            (None, "时效指标", "应急手语服务响应时间", "≤2小时"),
            (None, "成本指标", "每场次翻译服务补助", "≤400元/场次"),
            ("效益指标", "社会效益指标", "听障人士应急演练参与人次", "≥300人次"),
            ("满意度指标", "服务对象满意度指标", "听障人士满意度", "≥90%"),
        ],
    )
    signature(s, "温砚秋", "0917-3308164")
    return b


@variant(
    "bp17-department-money",
    (12,),
    "department, NAT-2021: budget with a row of shares "
    "typed as percents, key tasks adding to 项目支出, 年度指标值 table (correct)",
)
def department_money() -> Book:
    b, s = start()
    tasks = [
        ("台网运行维护", "测震、强震动台站运维", 260, "台站运行率98%以上"),
        ("地震预警服务", "预警终端运维与信息发布", 140, "终端在线率95%以上"),
        ("防震减灾科普", "科普宣传与手语科普视频", 100, "开展活动40场"),
        ("金额合计", None, 500, None),
    ]
    shares = (pct(1), pct(0.92), pct(0.08), pct(0.6), pct(0.4))
    department(
        s,
        "澜石区地震局",
        [(1250, 1150, 100, 750, 500), shares],
        "保障全区地震监测预警体系稳定运行，提升公众防震减灾能力。",
        tasks,
    )
    s.skip()
    indicators(
        s,
        (*HEAD4[:3], "年度指标值"),
        [
            ("产出指标", "数量指标", "运维地震监测台站", "≥36个"),
            (None, None, "防震减灾科普活动（含手语场次）", "≥40场"),
            (None, "质量指标", "台站运行率", "≥98%"),
            (None, "时效指标", "地震速报信息发布时限", "≤10分钟"),
            ("成本指标", "经济成本指标", "单台站年运维成本", "≤7万元/个"),
            ("效益指标", "社会效益指标", "防震减灾知识知晓率", "≥85%"),
            (None, "可持续影响指标", "监测预警运维机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
        ],
        title="年度绩效指标",
    )
    notes(s, "注：占比行为各项金额占资金总额的比例。")
    signature(s, "鲁见川", "0915-2276403")
    return b


@variant(
    "bp18-export-artefacts",
    (9,),
    "budget-system export: sheets 05-1 and 05-2 with codes "
    "in the first columns, header on the third row; a split number and a date serial",
)
def export_artefacts() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：砚川市地震局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划完成日期")
    s.row(
        CODE,
        "地震台站观测环境保护",
        mk("86.4 5", "X105", "warning", alt=("X103",), note="读作 86.45，与 80.45 + 6 相符"),
        w(80.45),
        w(6),
        mk("46022", "X104", "warning", note="2025-12-31 的日期序列号"),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：砚川市地震局", None, None, None, None, None)
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table(
        [
            (
                CODE,
                "地震台站观测环境保护",
                "产出指标",
                "数量指标",
                "巡查观测环境台站",
                "≥18个",
            ),
            (None, None, None, None, "设立观测环境保护标志", "≥18处"),
            (None, None, None, "质量指标", "观测环境达标率", "≥95%"),
            (None, None, None, "时效指标", "干扰事件处置时限", "≤5个工作日"),
            (None, None, "成本指标", "经济成本指标", "单台站环境保护成本", "≤4万元/个"),
            (None, None, "效益指标", "社会效益指标", "观测环境干扰事件下降率", "≥20%"),
            (None, None, "满意度指标", "服务对象满意度指标", "台站周边群众满意度", "≥85%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b
