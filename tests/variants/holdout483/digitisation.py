"""Returns zy07–zy12: mural digitisation (高清采集, 三维建模, 数字资源库, 线上展示)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout483.common import (
    BUREAU,
    DIGITAL,
    YEAR,
    funds,
    indicators,
    note,
    period_funds,
    start,
    wan,
)
from tests.variants.holdout483.registry import variant
from tests.variants.kit import Book, C, day, mk, money, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("zy07-digitisation-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period "
         "ones, rates equal (correct)")  # fmt: skip
def zy07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="黛峪石窟壁画高精度数字化采集（一期）",
                 dept=BUREAU, unit=DIGITAL, attr="新增项目",
                 money=period_funds([wan(900), wan(780), wan(120)],
                                    [wan(320), wan(280), wan(40)]),
                 goals=["三年完成90个洞窟壁画高精度采集与拼接，建成壁画数字档案。",
                        "完成30个洞窟壁画采集与拼接，建立采集技术规程。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "完成高精度采集洞窟数", "≥90个", "≥30个"),
        (None, None, "壁画正射影像拼接面积", "≥9000平方米", "≥3000平方米"),
        (None, "质量指标", "影像色彩还原达标率", "≥95%", "≥95%"),
        (None, "时效指标", "阶段成果提交时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单窟数字化采集成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "数字档案供研究调阅次数", "≥600次", "≥150次"),
        (None, "可持续影响指标", "采集技术规程", "形成并执行", "形成"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zy08-modelling-copied-columns", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into "
         "年度目标, cumulative counts copied into the annual column")  # fmt: skip
def zy08() -> Book:
    b, s = start()
    goal = "建成璃岩石窟壁画三维模型库，完成60个洞窟建模并向公众开放浏览。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to the three-year 中期目标")
    project_head(s, year=YEAR, years=3, name="璃岩石窟壁画三维建模与展示", dept=BUREAU,
                 unit=DIGITAL, money=period_funds([wan(600), wan(540), wan(60)],
                                                  [wan(210), wan(190), wan(20)]),
                 goals=[goal, copied])  # fmt: skip
    why = "cumulative count: the three-year value copied into the annual column"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "完成三维建模洞窟数", "≥60个",
         mk("≥60个", "D202", "warning", note=why)),
        (None, None, "壁画局部高清模型数", "≥240个",
         mk("≥240个", "D202", "warning", note=why)),
        (None, "质量指标", "模型几何精度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "模型库上线时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单窟建模成本", "≤3.5万元/个", "≤3.5万元/个"),
        ("效益指标", "社会效益指标", "线上模型浏览人次", "≥30万人次", "≥8万人次"),
        ("满意度指标", "服务对象满意度指标", "线上访客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked(s: Any, name: str, fiscal: Any, total: float, other: float, rows: Any,
             first: bool) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=DIGITAL,
                 money=funds(wan(total), fiscal, wan(other)),
                 goals=[f"完成{name}年度任务，成果按期入库。"],
                 title=None if first else "")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)


@variant("zy09-stacked-two-digitisation", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each (correct)")  # fmt: skip
def zy09() -> Book:
    b, s = start()
    _stacked(s, "赭屏石窟壁画高清影像采集", wan(150), 150, 0, [
        ("产出指标", "数量指标", "壁画高清影像采集面积", "≥2400平方米"),
        (None, "质量指标", "影像分辨率达标率", "≥98%"),
        (None, "时效指标", "采集任务完成时间", "2025年9月30日前"),
        (None, "成本指标", "单位面积采集成本", "≤600元/平方米"),
        ("效益指标", "社会效益指标", "影像资料研究利用次数", "≥80次"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%"),
    ], True)  # fmt: skip
    s.skip()
    _stacked(s, "云岫寺石窟壁画高清影像采集", wan(70), 82, 12, [
        ("产出指标", "数量指标", "壁画高清影像采集面积", "≥1300平方米"),
        (None, "质量指标", "影像分辨率达标率", "≥98%"),
        (None, "时效指标", "采集任务完成时间", "2025年10月31日前"),
        (None, "成本指标", "单位面积采集成本", "≤600元/平方米"),
        ("效益指标", "社会效益指标", "影像资料研究利用次数", "≥40次"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%"),
    ], False)  # fmt: skip
    return b


@variant("zy10-stacked-artefacts", (2, 9),
         "two projects stacked, OLD-NAT: the second's 财政拨款 split by a space as text, and a "
         "rate given as a count")  # fmt: skip
def zy10() -> Book:
    b, s = start()
    _stacked(s, "黛峪石窟数字资源库扩容", wan(110), 130, 20, [
        ("产出指标", "数量指标", "新增入库数字资源", "≥1.2万条"),
        (None, "质量指标", "入库元数据著录合格率", "≥95%"),
        (None, "时效指标", "扩容上线时间", "2025年8月31日前"),
        (None, "成本指标", "存储扩容单价", "≤0.6万元/TB"),
        ("效益指标", "社会效益指标", "资源库年访问量", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "资源库用户满意度", "≥90%"),
    ], True)  # fmt: skip
    s.skip()
    split = mk(C("86.5 0"), "X105", "warning", alt=("X103",),
               note="86.50 split by a space; 86.50 + 40 = 126.50")  # fmt: skip
    _stacked(s, "璃岩石窟壁画数字资源公众开放", split, 126.5, 40, [
        ("产出指标", "数量指标", "公众开放壁画图像数", "≥3000幅"),
        (None, None, "数字资源上线率",
         mk("1200幅", "T105", "error", note="a 上线率 needs a percentage")),
        (None, "时效指标", "开放平台上线时间", "2025年9月30日前"),
        (None, "成本指标", "图像授权与加工单价", "≤200元/幅"),
        ("效益指标", "社会效益指标", "平台年访问量", "≥20万人次"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%"),
    ], False)  # fmt: skip
    return b


DIGI_BUDGET = [(money(1500), money(1320), money(180), money(620), money(880))]
DIGI_TASKS = [
    ("壁画数字化采集", "高清影像与三维采集", money(420), "完成40个洞窟采集"),
    ("数字资源库建设", "资源著录、存储与备份", money(260), "新增资源2万条"),
    ("线上展示平台运维", "平台运维与内容更新", money(200), "全年稳定运行"),
    ("金额合计", None, money(880), None),
]


@variant("zy11-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights adding to 100 (correct)")  # fmt: skip
def zy11() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept=DIGITAL,
        budget=DIGI_BUDGET,
        tasks=DIGI_TASKS,
        goal="完成40个洞窟壁画数字化采集，数字资源库稳定扩容，线上展示平台全年运行。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("壁画数字化采集洞窟数", 20, "个", "≥", 40),
        ("新增入库数字资源", 15, "万条", "≥", 2),
        ("采集影像色彩还原达标率", 15, "%", "≥", 95),
        ("平台全年可用率", 15, "%", "≥", pct(0.99)),
        ("单窟采集成本", 10, "万元/个", "≤", 10.5),
        ("线上展示年访问量", 15, "万人次", "≥", 25),
        ("社会公众满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    note(s, "注：单窟采集成本按采集经费420万元÷40个洞窟测算。")
    s.row("填报人", "覃姝", "联系电话", "0719-5537046", "填报日期", day(YEAR - 1, 11, 25))
    return b


@variant("zy12-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a unit "
         "conflict and weights adding to 95")  # fmt: skip
def zy12() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept=DIGITAL,
        budget=DIGI_BUDGET,
        tasks=DIGI_TASKS,
        goal="完成40个洞窟壁画数字化采集，数字资源库稳定扩容，线上展示平台全年运行。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("壁画数字化采集洞窟数", "≥40", "个", 20),
        ("新增入库数字资源", "≥2", "万条", 15),
        ("单幅图像加工成本",
         mk("≤45元", "T112", "error", note="value in 元, unit column says 万元"), "万元", 10),
        ("平台全年可用率", "≥99%", "%", 15),
        ("线上展示年访问量", "≥25", "万人次", 15),
        ("社会公众满意度", "≥90%", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+10+15+15+20 = 95, not 100")
    return b
