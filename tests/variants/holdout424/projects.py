"""Project returns: percent cells, points at two levels, 中期 and 年度 columns (xr01–xr06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout424.common import (
    DEPT,
    YEAR,
    annual_money,
    indicators,
    period_money,
    start,
    wan,
)
from tests.variants.holdout424.registry import variant
from tests.variants.kit import Book, mk, pct

OPERATOR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "xr01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells "
    "typed in Excel, 万元 in the number format, a 差错率 with ≤ and =100% (correct)",
)
def xr01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="农村居民涉农公证费减免补助",
        dept=DEPT,
        unit="柘岭县公证处",
        money=annual_money(wan(86), wan(80), wan(6)),
        goals=["为农村居民减免涉农公证费，巡回办证覆盖全县乡镇。"],
    )
    indicators(s, OPERATOR_HEAD, [
        ("产出指标", "数量指标", "减免涉农公证费件数", "≥", 3200, "件"),
        (None, None, "赴乡镇巡回公证服务场次", "≥", 60, "场"),
        (None, "质量指标", "公证书差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, None, "减免申请审核完成率", "=", pct(1), "%"),
        (None, "时效指标", "涉农公证办结时限", "≤", 15, "工作日"),
        (None, "成本指标", "每件减免补助标准", "≤", 200, "元/件"),
        ("效益指标", "社会效益指标", "农村居民公证服务知晓率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "乡镇公证联络点保持运行", "≥", 40, "个"),
        ("满意度指标", "服务对象满意度指标", "农村申请人满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant(
    "xr02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, percent cells: a coverage rate over 100 %, a 投诉率 with ≥",
)
def xr02() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="村（居）法律顾问服务经费",
        dept=DEPT,
        unit="栖湾县司法局",
        money=annual_money(wan(240), wan(240), wan(0)),
        goals=["为全县村（社区）聘任法律顾问，提供法律咨询和纠纷化解服务。"],
    )
    indicators(s, OPERATOR_HEAD, [
        ("产出指标", "数量指标", "聘任法律顾问的村（社区）数", "≥", 1180, "个"),
        (None, "质量指标", "村居法律顾问服务覆盖率", "≥",
         mk(pct(1.05), "T106", "error", note="a coverage rate cannot exceed 100 %"), "%"),
        (None, "时效指标", "法律咨询答复时限", "≤", 3, "工作日"),
        (None, "成本指标", "每村年度顾问补助", "≤", 2000, "元/个"),
        ("效益指标", "社会效益指标", "法律咨询投诉率", "≥",
         mk(pct(0.02), "T108", "warning", row=True, note="投诉率 is 反向: ≤ expected"), "%"),
        (None, "可持续影响指标", "村居法律顾问工作台账建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "xr03-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a share raised in 百分点 (correct)",
)
def xr03() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="乡村公证便民服务点建设",
        dept=DEPT,
        unit="鹭汀市公证处",
        money=annual_money(wan(150), wan(130), wan(20)),
        goals=["在乡镇新建公证便民服务点，群众就近办理公证。"],
    )
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "新建乡镇公证便民服务点", "≥45个", 15),
        (None, None, "质量指标", "服务点验收合格率", "≥95%", 15),
        (None, None, "时效指标", "服务点建成时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每个服务点建设补助标准", "≤3万元/个", 10),
        ("效益指标", 30, "社会效益指标", "就近办理公证比例较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "服务点持续运行年限", "≥3年", 15),
        ("满意度指标", 20, "服务对象满意度指标", "办证群众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "xr04-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores under it: two tiers do not add up",
)
def xr04() -> Book:
    b, s = start("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="农村法律援助案件补贴",
        dept=DEPT,
        unit="砚坪县法律援助中心",
        money=annual_money(wan(320), wan(300), wan(20)),
        goals=["为农村居民和农民工办理法律援助案件，按件发放办案补贴。"],
    )
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="15 + 15 + 15 = 45 under 产出指标"),
         "数量指标", "办理农村法律援助案件", "≥2000件", 15),
        (None, None, "质量指标", "案件质量评查合格率", "≥95%", 15),
        (None, None, "时效指标", "援助申请审查时限", "≤7个工作日", 15),
        ("成本指标", 10, "经济成本指标", "每件办案补贴标准", "≤1500元/件", 10),
        ("效益指标", mk(30, "W103", "error", note="15 + 10 = 25 under 效益指标"),
         "社会效益指标", "为受援群众挽回经济损失", "≥3000万元", 15),
        (None, None, "可持续影响指标", "援助律师库保持人数", "≥260人", 10),
        ("满意度指标", 20, "服务对象满意度指标", "受援人满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "xr05-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: counts "
    "smaller in the year, rates, unit cost and time limit equal, a percent cell (correct)",
)
def xr05() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="农村远程视频公证平台建设",
        dept=DEPT,
        unit="滢川省公证协会",
        attr="新增项目",
        money=period_money((wan(600), wan(540), wan(60)), (wan(220), wan(200), wan(20))),
        goals=[
            "三年内乡镇全部接入远程视频公证，农村群众办证少跑腿。",
            "2025年建成平台并在首批60个乡镇布设终端。",
        ],
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "布设远程公证终端的乡镇", "≥180个", "≥60个"),
        (None, None, "线上受理涉农公证", "≥15000件", "≥4000件"),
        (None, "质量指标", "平台运行稳定率", pct(0.99), pct(0.99)),
        (None, "时效指标", "远程办证平均办结时间", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "终端单台采购成本", "≤2.5万元/台", "≤2.5万元/台"),
        ("效益指标", "社会效益指标", "农村群众线上办证占比", "≥30%", "≥10%"),
        (None, "可持续影响指标", "平台运维机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "线上办证群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xr06-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "the 中期目标 text copied into 年度目标, two cumulative counts copied",
)
def xr06() -> Book:
    b, s = start()
    goal = "培养乡村法律明白人9000名，实现每个行政村至少3名，送法下乡300场。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="乡村法律明白人培养工程",
        dept=DEPT,
        unit="芦渡县司法局",
        money=period_money((wan(450), wan(420), wan(30)), (wan(150), wan(140), wan(10))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )
    copied = "cumulative count copied from the 中期 column in a three-year project"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "培养乡村法律明白人", "≥9000人",
         mk("≥9000人", "D202", "warning", note=copied)),
        (None, None, "开展送法下乡活动", "≥300场", mk("≥300场", "D202", "warning", note=copied)),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤150元/人", "≤150元/人"),
        ("效益指标", "社会效益指标", "村民法治知识知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "法律明白人动态管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
