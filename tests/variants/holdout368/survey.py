"""Returns vn01–vn06: stele and inscription survey projects (碑刻调查与信息采集)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout368.common import (
    DEPT,
    YEAR,
    indicators,
    money_rows,
    project_book,
    wan,
)
from tests.variants.holdout368.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "vn01-survey-percent",
    (1,),
    "project, OLD-NAT, operator column and unit column, "
    "percent cells typed in Excel, 万元 only in the number format (correct)",
)
def survey_percent() -> Book:
    b, s = project_book(
        "Sheet1",
        name="栖岩山摩崖碑刻信息采集",
        unit="砚屏县文物保护中心",
        total=86.4,
        fiscal=80,
        goals=["完成全县186通登记碑刻的信息采集与拓片建档。"],
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "登记碑刻信息采集", "≥", 186, "通"),
        (None, None, "碑刻拓片建档", "≥", 372, "张"),
        (None, "质量指标", "采集信息复核合格率", "≥", pct(0.95), "%"),
        (None, None, "拓片验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "外业调查完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单通碑刻信息采集成本", "≤", 0.28, "万元/通"),
        ("效益指标", "社会效益指标", "碑刻信息向公众开放查询条目", "≥", 150, "条"),
        (None, "可持续影响指标", "碑刻档案数据库持续更新年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "文物研究人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "vn02-survey-rate-count",
    (1, 11),
    "project, OLD-NAT, operators inside the values: a "
    "completion rate given as a count, a 反向 damage rate with ≥",
)
def survey_rate_count() -> Book:
    b, s = project_book(
        "Sheet1",
        name="鹤汀镇古碑普查登记",
        unit="砚屏县鹤汀镇文化站",
        total=42.6,
        fiscal=40,
        goals=["完成鹤汀镇境内古碑普查登记和病害记录。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "古碑普查登记", "≥120通"),
        (None, None, "碑刻信息采集完成率", mk("≥120通", "T105", "error",
                                             note="a 完成率 given as a count of steles")),
        (None, "质量指标", "登记表填写规范率", "≥95%"),
        (None, None, "拓制过程碑面损伤发生率", mk("≥1%", "T108", "warning", row=True,
                                                 note="a 反向 damage rate with ≥")),
        (None, "时效指标", "普查成果提交时间", "11月30日前"),
        (None, "成本指标", "单通古碑登记成本", "≤0.3万元/通"),
        ("效益指标", "社会效益指标", "古碑保护名录新增条目", "≥20条"),
        ("满意度指标", "服务对象满意度指标", "村民对普查工作满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _first_project() -> tuple[Book, Sheet]:
    b, s = project_book(
        "Sheet1",
        name="馆藏碑刻拓片数字化",
        unit="砚屏县博物馆",
        total=58.2,
        fiscal=52,
        goals=["完成馆藏碑刻拓片600张的高清扫描与著录。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（文物类项目汇总）",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "拓片高清扫描", "≥600张"),
        (None, "质量指标", "扫描图像合格率", "≥98%"),
        (None, "时效指标", "扫描著录完成时间", "12月20日前"),
        (None, "成本指标", "单张拓片扫描成本", "≤0.05万元/张"),
        ("效益指标", "社会效益指标", "数字拓片线上浏览量", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "使用者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    return b, s


@variant(
    "vn03-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values (correct)",
)
def stacked_two() -> Book:
    b, s = _first_project()
    project_head(
        s,
        year=YEAR,
        name="乡村碑刻保护标识牌设置",
        dept=DEPT,
        title="",
        unit="砚屏县文物保护中心",
        money=money_rows(24.8, 24.8),
        goals=["为全县80处乡村碑刻设置保护标识牌。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "保护标识牌设置", "≥80块"),
        (None, "质量指标", "标识牌安装合格率", "=100%"),
        (None, "时效指标", "标识牌安装完成时间", "9月30日前"),
        (None, "成本指标", "单块标识牌制作安装成本", "≤0.3万元/块"),
        ("效益指标", "社会效益指标", "碑刻周边村民保护知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "使用者满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "vn04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, the second with a "
    "one-column money block whose total is not its parts and a rate above 100%",
)
def stacked_defects() -> Book:
    b, s = _first_project()
    project_head(s, year=YEAR, name="残碑碑座加固", dept=DEPT, title="",
                 unit="砚屏县文物保护中心", goals=["完成12通残碑的碑座加固。"], money=[
                     ("资金总额", mk(wan(50), "B101", "error", note="42 + 6 = 48, not 50")),
                     ("其中：财政拨款", wan(42)), ("其他资金", wan(6))])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "残碑碑座加固", "≥12通"),
        (None, "质量指标", "碑座加固验收合格率", mk("≥105%", "T106", "error",
                                                   note="a 合格率 is capped at 100%")),
        (None, "时效指标", "加固工程完成时间", "10月31日前"),
        (None, "成本指标", "单通碑座加固成本", "≤3.5万元/通"),
        ("效益指标", "可持续影响指标", "加固后碑体稳定年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "属地村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "vn05-flat-department",
    (3,),
    "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), a 下降率 with ≥, 0起 on incidents, weights 100 (correct)",
)
def flat_department() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(8, 30, 10, 12, 12, 14))
    department_head(
        s,
        year=YEAR,
        dept="砚屏县碑林管理所",
        budget=[(wan(412.6), wan(398.6), wan(14), wan(256.3), wan(156.3))],
        goal="做好碑廊120通碑刻的日常养护、巡查和开放服务。",
    )
    indicators(
        s,
        FLAT,
        [
            (1, "碑刻文物巡查次数", 20, "次", "≥", 48),
            (2, "碑刻保护档案完善率", 20, "%", "≥", pct(0.95)),
            (3, "碑体表面风化面积下降率", 15, "%", "≥", 5),
            (4, "碑刻文物安全事故发生起数", 15, "起", "≤", 0),
            (5, "碑廊开放天数", 20, "天", "≥", 300),
            (6, "参观群众满意度", 10, "%", "≥", 90),
        ],
        merged=(),
    )
    return b


@variant(
    "vn06-flat-defects",
    (3, 11),
    "department, flat list, weights adding to 95 and a 反向 "
    "complaint rate with ≥ in the 指标性质 column",
)
def flat_defects() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(8, 30, 10, 12, 12, 14))
    department_head(
        s,
        year=YEAR,
        dept="砚屏县石刻艺术馆",
        budget=[(wan(365), wan(351.2), wan(13.8), wan(228.5), wan(136.5))],
        goal="保障石刻艺术馆碑刻陈列开放和拓片展览。",
    )
    indicators(
        s,
        FLAT,
        [
            (1, "碑刻陈列开放天数", 20, "天", "≥", 310),
            (2, "拓片专题展览场次", 20, "场", "≥", 4),
            (3, "陈列碑刻完好率", 15, "%", "≥", 98),
            (
                4,
                "碑廊游客投诉率",
                15,
                "%",
                mk("≥", "T108", "warning", row=True, note="a 反向 complaint rate with ≥"),
                3,
            ),
            (5, "讲解服务人次", 15, "人次", "≥", 20000),
            (6, "观众满意度", 10, "%", "≥", 90),
        ],
        merged=(),
    )
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 15 + 10 = 95, not 100")
    return b
