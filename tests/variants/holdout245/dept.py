"""Department tables (部门整体支出绩效目标表) of housing offices: budget rows, task money and
indicators as a flat list or in tiers (qu15, qu16)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout245.common import ONE, book, indicators, note, sign
from tests.variants.holdout245.registry import variant
from tests.variants.kit import Book, mk


@variant("qu15-housing-office-flat", (3, 4, 12), "department table, tasks adding up to 项目支出, "
         "flat indicator list with 权重, 计量单位 and 指标性质, a footnote (correct)")  # fmt: skip
def qu15() -> Book:
    b, s = book("部门整体绩效目标", (16, 24, 26, 16, 14, 14))
    department_head(
        s, year=2026, dept="丰源市房产服务中心",
        budget=[(3280, 3000, 280, 1460, 1820)],
        tasks=[
            ("住房租赁补贴发放", "为2100户住房保障家庭发放租赁补贴", 1008, "补贴足额按时发放"),
            ("公租房维修养护", "维修养护公租房4800套", 480, "公租房完好率不低于95%"),
            ("直管公房危房解危", "解危治理直管公房危房36栋", 252, "消除直管公房安全隐患"),
            ("房屋安全动态监测", "对1200栋老旧房屋开展巡查监测", 80, "隐患早发现早处置"),
            ("金额合计", None, 1820, None),
        ],
        goal="2026年为2100户住房保障家庭发放租赁补贴，维修养护公租房4800套，解危治理直管公房"
             "危房36栋，巡查监测老旧房屋1200栋，全年不发生房屋安全责任事故。",
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "租赁补贴发放户数", 15, "户", "正向", "≥2100"),
        (2, "公租房维修养护套数", 15, "套", "正向", "≥4800"),
        (3, "直管公房危房解危栋数", 10, "栋", "正向", "≥36"),
        (4, "老旧房屋巡查监测栋数", 10, "栋", "正向", "≥1200"),
        (5, "户均租赁补贴标准", 10, "元/户·年", "反向", "≤4800"),
        (6, "公租房套均维修养护成本", 10, "元/套", "反向", "≤1000"),
        (7, "房屋安全责任事故发生起数", 10, "起", "反向", "=0"),
        (8, "公租房完好率", 10, "%", "正向", "≥95"),
        (9, "保障对象满意度", 10, "%", "正向", "≥90"),
    ])  # fmt: skip
    note(s, "注：指标性质填“正向”或“反向”；本表指标值均为2026年度目标，权重合计100。")
    sign(s, "蒋学文", "柯敏", "0734-8129056")
    return b


@variant("qu16-housing-bureau-blocks", (12,), "department table with tiers: 基本支出 + 项目支出 "
         "≠ 资金总额, tasks short of their 金额合计, a satisfaction target of 99 %")  # fmt: skip
def qu16() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 16, 18, 14))
    department_head(
        s, year=2026, dept="临江区住房和城乡建设局",
        budget=[(mk(2860, "B101", "error", row=True, note="1180 + 1620 = 2800"),
                 2600, 260, 1180, 1620)],
        tasks=[
            ("老旧小区改造", "改造老旧小区12个、惠及居民860户", 620, "改善居民居住条件"),
            ("保障性租赁住房筹集", "筹集保障性租赁住房300套", 540, "缓解新市民住房困难"),
            ("农村危房改造", "完成农村危房改造120户", 380, "保障农户住房安全"),
            ("住房保障信息化", "住房保障管理系统运维", 80, "系统稳定运行"),
            ("金额合计", None, mk(1650, "B102", "error", alt=("B101",),
                                  note="620 + 540 + 380 + 80 = 1620"), None),
        ],
        goal="2026年改造老旧小区12个、惠及居民860户，筹集保障性租赁住房300套，完成农村危房"
             "改造120户，住房保障管理系统稳定运行。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥12个"),
        (None, None, "老旧小区改造惠及居民户数", "≥860户"),
        (None, None, "筹集保障性租赁住房套数", "≥300套"),
        (None, None, "农村危房改造户数", "≥120户"),
        (None, "质量指标", "工程竣工验收合格率", "≥98%"),
        (None, "时效指标", "年度任务完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "农村危房改造户均补助", "≤3万元/户"),
        ("效益指标", "社会效益指标", "住房条件改善户数", "≥1280户"),
        ("满意度指标", "服务对象满意度指标", "住房保障服务对象满意度",
         mk("≥99%", "T114", "warning")),
    ])  # fmt: skip
    sign(s, "吕国栋", "施雨桐", "0730-2217593")
    return b
