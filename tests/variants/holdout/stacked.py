"""Held-out returns: stacked projects and flat lists (items 2, 3, 10, 11)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

BLOCK = ["一级指标", "二级指标", "三级指标", "指标值", "备注"]


def _block_head(s: Sheet, name: str, unit: str, total: Any, fiscal: Any, other: Any,
                goal: str) -> None:  # fmt: skip
    """A compact block head of a stacked table: name, money on one line, goal."""
    s.row("项目名称", name, None, "实施单位", unit, merge=[(2, 3)])
    s.row("资金总额（万元）", total, "其中：财政拨款", fiscal, "其他资金", other)
    s.row("年度绩效目标", goal, merge=[(2, 6)])


@variant("x10-stacked-three-one-bad", (2,), "three projects stacked under one title with "
         "compact block heads (money on one line); the second block's total and one rate are "
         "wrong")  # fmt: skip
def x10() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    s.title("澜西市体育局2025年度项目支出绩效目标表", 6)
    _block_head(s, "社区体育设施更新", "澜西市体育事业发展中心", 260, 260, 0,
                "更新社区健身路径65处，器材安装验收全部合格。")  # fmt: skip
    s.table([
        BLOCK,
        ["产出指标", "数量指标", "更新社区健身路径", "≥65处", None],
        [None, "质量指标", "器材安装验收合格率", "=100%", None],
        [None, "时效指标", "更新工程完工时间", "2025年9月30日前", None],
        [None, "成本指标", "每处健身路径更新费用", "≤4万元/处", "含器材和安装"],
        ["效益指标", "社会效益指标", "社区健身设施覆盖率", "≥92%", None],
        ["满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    _block_head(s, "全民健身赛事活动", "澜西市社会体育指导中心",
                mk(330, "B101", "error", note="300 + 20 = 320"), 300, 20,
                "举办群众性体育赛事活动45场，参赛3万人次。")  # fmt: skip
    s.table([
        BLOCK,
        ["产出指标", "数量指标", "举办群众性赛事活动", "≥45场", None],
        [None, None, "参赛群众人次", "≥30000人次", None],
        [None, "质量指标", "赛事组织规范达标率",
         mk("≥105%", "T106", "error", note="a 达标率 above 100%"), None],
        [None, "时效指标", "赛事按计划举办率", "≥95%", None],
        [None, "成本指标", "每场赛事平均补助", "≤6万元/场", None],
        ["效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", None],
        ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    _block_head(s, "青少年体育训练补助", "澜西市业余体育学校", 180, 160, 20,
                "保障420名在训青少年运动员训练，后备人才培养体系逐步完善。")  # fmt: skip
    s.table([
        BLOCK,
        ["产出指标", "数量指标", "在训青少年运动员", "≥420人", None],
        [None, "质量指标", "年度训练计划完成率", "≥95%", None],
        [None, "时效指标", "训练补助按月发放及时率", "≥95%", None],
        [None, "成本指标", "人均训练补助", "≤4000元/人", "全年"],
        ["效益指标", "可持续影响指标", "后备人才培养体系", "逐步完善", None],
        ["满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x11-stacked-two-correct", (2,), "two projects stacked, full project heads, "
         "header 目标值 with 指标解释, the same indicator name with different values; "
         "correct")  # fmt: skip
def x11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    head = ["一级指标", "二级指标", "三级指标", "目标值", "指标解释"]
    project_head(
        s, year=2025, name="职业技能提升补贴", dept="望川县人力资源和社会保障局",
        unit="望川县职业技能鉴定中心",
        money=[("年度资金总额", 200, "其中：财政拨款", 200), (None, None, "其他资金", 0)],
        goals=["对取得职业资格或技能等级证书的参保职工发放技能提升补贴1600人次。"],
    )  # fmt: skip
    s.table([
        head,
        ["产出指标", "数量指标", "技能提升补贴发放人次", "≥1600人次", "按证书核发"],
        [None, "质量指标", "补贴对象资格审核准确率", "=100%", "抽查复核"],
        [None, "时效指标", "资金拨付及时率", "≥95%", "受理后20个工作日内拨付"],
        [None, "成本指标", "人均补贴标准", "≤1200元/人次", "按证书等级"],
        ["效益指标", "社会效益指标", "取证职工技能等级提升比例", "≥30%", None],
        ["满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2025, title="", name="就业困难人员公益性岗位补贴",
        dept="望川县人力资源和社会保障局", unit="望川县公共就业服务中心",
        money=[("年度资金总额", 450, "其中：财政拨款", 400), (None, None, "其他资金", 50)],
        goals=["开发公益性岗位260个，托底安置就业困难人员就业。"],
    )  # fmt: skip
    s.table([
        head,
        ["产出指标", "数量指标", "公益性岗位安置人数", "≥260人", "年末在岗人数"],
        [None, "质量指标", "安置对象认定准确率", "=100%", None],
        [None, "时效指标", "资金拨付及时率", "≥98%", "按季度拨付"],
        [None, "成本指标", "人均岗位补贴", "≤1.6万元/人", "全年"],
        ["效益指标", "社会效益指标", "零就业家庭动态清零率", "=100%", None],
        ["满意度指标", "服务对象满意度指标", "安置人员满意度", "≥90%", None],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x12-flat-direction-defects", (3, 11), "department, flat list: 序号 · 绩效指标 · "
         "指标性质 as direction (正向/反向/定性) · 指标值 · 度量单位 · 分值; a 反向 count "
         "with ≥, a 定性 row with a number")  # fmt: skip
def x12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="澜西市应急管理局", budget=[(1980, 1980, 0, 1180, 800)],
        goal="防范化解重大安全风险，提升应急救援能力，减少生产安全事故。",
    )  # fmt: skip
    s.row("部门整体绩效指标", merge=[(1, 6)])
    s.table([
        ["序号", "绩效指标", "指标性质", "指标值", "度量单位", "分值"],
        [1, "安全生产执法检查企业数", "正向", "≥600", "家", 15],
        [2, "应急救援队伍培训演练次数", "正向", "≥24", "次", 10],
        [3, "生产安全事故死亡人数", "反向",
         mk("≥2", "T108", "warning", row=True, note="反向 with ≥"), "人", 15],
        [4, "执法案卷评查合格率", "定性",
         mk("≥90", "T109", "error", row=True, note="declared 定性, a number given"), "%", 15],
        [5, "应急物资储备库物资完好率", "正向", "≥95", "%", 10],
        [6, "灾情信息报送时限", "反向", "≤2", "小时", 10],
        [7, "应急预案体系", "定性", "健全", None, 10],
        [8, "企业和群众满意度", "正向", "≥90", "%", 15],
    ])  # fmt: skip
    return b


@variant("x13-flat-correct", (3, 10), "department, flat list in another order: 指标名称 · "
         "度量单位 · 指标值 · 指标性质 (direction) · 权重(%), a change in 百分点, percent "
         "cells; correct")  # fmt: skip
def x13() -> Book:
    b = Book()
    s = b.sheet("部门绩效目标")
    department_head(
        s, year=2025, dept="鹤岭区生态环境分局", budget=[(1260, 1200, 60, 760, 500)],
        goal="持续改善区域环境质量，强化生态环境执法，及时办理群众信访投诉。",
    )  # fmt: skip
    s.table([
        ["指标名称", "度量单位", "指标值", "指标性质", "权重(%)"],
        ["空气质量优良天数比率", "%", "≥88", "正向", 15],
        ["PM2.5年均浓度", "微克/立方米", "≤32", "反向", 15],
        ["地表水考核断面水质优良比例", "%", "≥90", "正向", 15],
        ["声环境功能区夜间达标率较上年提高", "百分点", "≥2", "正向", 10],
        ["生态环境执法案件办结率", "%", pct(1), "正向", 15],
        ["信访投诉办结时限", "个工作日", "≤15", "反向", 10],
        ["环境执法检查制度落实", None, "到位", "定性", 10],
        ["公众生态环境满意度", "%", "≥88", "正向", 10],
    ])  # fmt: skip
    return b
