"""Returns xf13–xf18: the library's whole programme: department tables, flat lists, a
budget-system export and a project with operator and direction columns."""

from __future__ import annotations

from tests.variants.holdout412.common import (
    WIDE,
    department,
    indicators,
    one_year,
    project,
    task,
    wan,
)
from tests.variants.holdout412.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL = "围绕全民阅读，办好朗诵艺术节和诵读推广工程，提升有声诵读资源服务能力。"


@variant("xf13-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = department("澄川省图书馆", (1200, 1100, 100, 860, 340), GOAL, tasks=[
        task("朗诵艺术节", "举办省级朗诵艺术节", 48, "展演12场"),
        task("诵读推广工程", "乡村与社区诵读点建设", 120, "新建诵读点80个"),
        task("有声诵读资源建设", "录制与数字化诵读音频", 172, "新增800小时"),
        task("金额合计", None, 340, None),
    ])  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("朗诵诵读活动场次", 20, "场", "≥", 300),
        ("诵读活动参与读者人次", 15, "万人次", "≥", 12),
        ("有声诵读资源新增时长", 15, "小时", "≥", 800),
        ("活动方案执行率", 10, "%", "≥", pct(0.95)),
        ("读者投诉率", 10, "%", "≤", pct(0.01)),
        ("活动安全责任事故", 10, "起", "=", 0),
        ("数字诵读资源访问量增长率", 10, "%", "≥", pct(0.15)),
        ("读者满意度", 10, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    return b


@variant("xf14-flat-defects", (3, 11), "department, flat list in another "
         "order (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): unit, "
         "direction and weight defects")  # fmt: skip
def flat_defects() -> Book:
    b, s = department("澄川省少年儿童图书馆", (680, 600, 80, 520, 160),
                      "面向少年儿童开展经典诵读与朗诵培训，建设少儿有声读物资源。")  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("少儿诵读活动场次", "≥180", "正向", "场", 20),
        ("少儿朗诵培训班经费", mk("≤12万元", "T112", "error",
                                 note="万元 in the value, 场 in the unit column"),
         "反向", "场", 15),
        ("少儿有声读物新增数量", "≥500", "正向", "部", 15),
        ("读者投诉率", mk("≥1%", "T108", "warning", row=True,
                         note="反向 in the column, ≥ in the value"), "反向", "%", 15),
        ("诵读活动按期完成率", "≥95%", "正向", "%", 10),
        ("小读者及家长满意度", "≥90%", "正向", "%", 20),
    ], merged=())  # fmt: skip
    return b


@variant("xf15-department-page-break", (12, 4), "department, NAT-2021, tasks adding to 金额合计, "
         "weight column, header repeated after a page break, total row (correct)")  # fmt: skip
def department_page_break() -> Book:
    b, s = department("澄川省图书馆", (2450, 2300, 150, 1850, 600), GOAL, tasks=[
        task("朗诵艺术节", "全省巡回展演与决赛", 180, "展演24场"),
        task("诵读推广工程", "覆盖40个县（市、区）", 260, "参与50万人次"),
        task("古籍诵读数字化", "古籍经典诵读音频", 160, "审校合格率98%"),
        task("金额合计", None, 600, None),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "朗诵艺术节展演场次", "≥24场", 15),
        (None, None, "诵读推广覆盖县（市、区）数", "≥40个", 15),
        (None, "质量指标", "古籍诵读音频审校合格率", "≥98%", 10),
        (None, "时效指标", "年度重点任务按期完成率", "≥95%", 10),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单场展演平均成本", "≤5万元/场", 10),
        ("效益指标", "社会效益指标", "诵读活动参与人次", "≥50万人次", 15),
        (None, "可持续影响指标", "诵读推广合作机构数量", "≥60家", 10),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("xf16-department-money-wrong", (12, 1), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a completion rate above 100")  # fmt: skip
def department_money_wrong() -> Book:
    total = mk(wan(900), "B101", "error", row=True, note="700 + 220 = 920, not 900")
    b, s = department("澄川省图书馆鹭汀分馆", (total, 820, 80, 700, 220), GOAL, tasks=[
        task("分馆朗诵季", "朗诵演出与讲座", 60, "演出20场"),
        task("社区诵读角", "建设社区诵读角", 90, "新建30处"),
        task("少儿诵读课", "周末少儿诵读课", 50, "开课100节"),
        task("金额合计", None, mk(wan(220), "B102", "error", note="60 + 90 + 50 = 200"), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "朗诵演出场次", "≥20场"),
        (None, None, "新建社区诵读角", "≥30处"),
        (None, "质量指标", "诵读课教学计划完成率", mk("≥105%", "T106", "error",
                                                 note="a 完成率 cannot pass 100%")),
        (None, "时效指标", "诵读角建成时限", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单处诵读角建设成本", "≤2.5万元/处"),
        ("效益指标", "社会效益指标", "分馆诵读活动参与人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xf17-system-export", (7, 12), "budget-system export: 05-1 budget sheet and 05-2 goal "
         "sheet with codes in the first columns and the header on the third row "
         "(correct)")  # fmt: skip
def system_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", WIDE)
    s.row("部门项目支出预算表（2026年度）")
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "财政拨款", "其他资金", "合计")
    s.row("415007", "522026Y0108", "朗诵艺术普及讲座", wan(24), wan(0), wan(24))
    s.row("415007", "522026Y0109", "少儿经典绘本诵读导读", wan(16), wan(4), wan(20))
    s.row("合计", None, None, wan(40), wan(4), wan(44))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 22, 12, 16, 26, 14))
    t.row("部门项目支出绩效目标表（2026年度）")
    t.row("单位：澄川省图书馆")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for code, name, rows in EXPORT:
        for row in rows:
            t.row("415007", code, name, *row)
    return b


EXPORT = (
    ("522026Y0108", "朗诵艺术普及讲座", (
        ("产出指标", "数量指标", "朗诵普及讲座场次", "≥40场"),
        ("产出指标", "数量指标", "听众人次", "≥6000人次"),
        ("产出指标", "质量指标", "讲座资料审核合格率", "100%"),
        ("产出指标", "时效指标", "讲座按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单场讲座成本", "≤0.5万元"),
        ("效益指标", "社会效益指标", "听众诵读兴趣提升", "有效"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "≥90%"),
    )),
    ("522026Y0109", "少儿经典绘本诵读导读", (
        ("产出指标", "数量指标", "绘本诵读导读场次", "≥100场"),
        ("产出指标", "数量指标", "参与少儿人次", "≥5000人次"),
        ("产出指标", "质量指标", "导读员持证上岗率", "100%"),
        ("产出指标", "时效指标", "导读活动按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单场导读成本", "≤0.15万元"),
        ("效益指标", "社会效益指标", "少儿读者借阅量增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    )),
)  # fmt: skip


@variant("xf18-direction-words", (11,), "project, OLD-NAT, 指标性质 as direction and "
         "指标方向 as operator in words, bare numbers with a unit column: two operators "
         "against direction")  # fmt: skip
def direction_words() -> Book:
    b, s = project("朗诵音频精品录制", one_year(22, 20, 2),
                   ["录制朗诵音频精品120部，返工率控制在5%以内。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "朗诵音频精品录制数量", "正向",
         mk("小于等于", "T108", "warning", row=True, note="正向 count capped"), 120, "部"),
        (None, "质量指标", "朗诵音频返工率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向 rate with 大于等于"), 5, "%"),
        (None, "时效指标", "录制工作完成时限", "反向", "小于等于", 11, "月"),
        (None, "成本指标", "单部精品录制成本", "反向", "小于等于", 1500, "元/部"),
        ("效益指标", "社会效益指标", "精品音频年收听人次", "正向", "大于等于", 20, "万人次"),
        ("满意度指标", "服务对象满意度指标", "听众满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
