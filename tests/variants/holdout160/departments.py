"""部门整体 tables (§3.2): budget split, key tasks with a 金额合计, annual indicators."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout160.common import H4, footnotes, indicators, signature
from tests.variants.holdout160.registry import variant
from tests.variants.kit import Book, mk


@variant("nn05-archives-tier1-weights", (10, 12), "department, NAT-2021, weights given only at "
         "tier-1 level (merged over each block) adding to 100; correct")  # fmt: skip
def nn05() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2027, dept="青岚市白沙河区档案馆", budget=[(650, 600, 50, 420, 230)],
        tasks=[("馆藏档案数字化", "对馆藏纸质档案扫描、著录和挂接", 150,
                "完成馆藏档案数字化120000卷"),
               ("档案库房安全维护", "库房温湿度控制、消防设施维保", 80, "档案库房安全事故为零"),
               ("金额合计", None, 230, None)],
        goal="完成馆藏档案数字化120000卷，接待档案查阅利用3000人次，档案库房安全事故为零，查档"
             "群众满意度90%以上。",
    )  # fmt: skip
    indicators(s, (*H4, "权重（一级指标）"), [
        ("产出指标", "数量指标", "档案数字化加工量", "≥120000卷", 40),
        (None, None, "接待档案查阅利用人次", "≥3000人次", None),
        (None, "质量指标", "数字化成果验收合格率", "≥98%", None),
        (None, None, "档案库房安全事故", "=0起", None),
        (None, "时效指标", "查档申请办理时限", "≤3个工作日", None),
        ("成本指标", "经济成本指标", "单卷数字化加工成本", "≤12元/卷", 20),
        (None, None, "档案库房维护费用", "≤80万元", None),
        ("效益指标", "社会效益指标", "档案信息化利用水平", "明显提升", 30),
        (None, "可持续影响指标", "档案数字化管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", 10),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("nn14-market-goal-600-early-date", (10, 12), "department, NAT-2021, one value column: "
         "the 年度总体目标 says 600 inspections, the indicator ≥500; a deadline of the year "
         "before")  # fmt: skip
def nn14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="临溪县市场监督管理局", budget=[(1380, 1300, 80, 960, 420)],
        tasks=[("食品安全监督检查", "对食品生产经营主体开展日常监督检查", 180,
                "检查食品生产经营主体600家次"),
               ("特种设备安全监察", "督促特种设备定期检验，排查隐患", 140, "督促检验特种设备800台"),
               ("消费维权", "受理处置消费投诉举报", 100, "消费投诉按期办结率95%以上"),
               ("金额合计", None, 420, None)],
        goal="全年开展食品安全监督检查600家次，督促特种设备定期检验800台，消费投诉按期办结率95%"
             "以上，全年不发生重大食品安全事故。",
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "食品安全监督检查家次",
         mk("≥500家次", "D104", "error", row=True, note="the goal and the task say 600家次")),
        (None, None, "督促特种设备定期检验台数", "≥800台"),
        (None, "质量指标", "消费投诉按期办结率", "≥95%"),
        (None, None, "重大食品安全事故", "=0起"),
        (None, "时效指标", "年度监督检查任务完成时间",
         mk("2026年12月20日前", "Y102", "error", alt=("Y101", "Y103"),
            note="the year before the 2027 table")),
        ("成本指标", "经济成本指标", "单家次监督检查成本", "≤3000元/家次"),
        ("效益指标", "社会效益指标", "群众食品安全感", "有所提升"),
        (None, "可持续影响指标", "市场监管执法长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("nn15-veterans-footnotes", (4, 12), "department, NAT-2021, operators inside the "
         "values, a 指标解释 column, footnotes and signature lines below; correct")  # fmt: skip
def nn15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="青岚市白沙河区退役军人事务局", budget=[(520, 500, 20, 310, 210)],
        tasks=[("优抚对象走访慰问", "节日走访慰问重点优抚对象", 60, "走访慰问优抚对象1200人次"),
               ("退役军人就业技能培训", "组织退役军人参加职业技能培训", 90, "培训退役军人300人"),
               ("光荣院运营补助", "保障光荣院集中供养对象生活", 60, "保障集中供养对象40人"),
               ("金额合计", None, 210, None)],
        goal="走访慰问优抚对象1200人次，培训退役军人300人，保障光荣院集中供养对象40人，优抚政策"
             "落实到位，服务对象满意度90%以上。",
    )  # fmt: skip
    indicators(s, (*H4, "指标解释"), [
        ("产出指标", "数量指标", "走访慰问优抚对象人次", "≥1200人次", "含春节、八一两次集中走访"),
        (None, None, "退役军人就业技能培训人数", "≥300人", None),
        (None, None, "光荣院集中供养人数", "=40人", "按现有床位核定"),
        (None, "质量指标", "优抚金发放准确率", "=100%", None),
        (None, None, "培训结业考核合格率", "≥90%", None),
        (None, "时效指标", "抚恤补助金按月发放及时率", "=100%", "每月10日前发放到位"),
        ("成本指标", "经济成本指标", "退役军人人均培训成本", "≤3000元/人", None),
        (None, None, "光荣院人均供养补助", "≤1.5万元/人", None),
        ("效益指标", "社会效益指标", "参训退役军人就业率", "≥80%", "培训结束后6个月内"),
        (None, "可持续影响指标", "优抚服务保障机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    footnotes(s, "注：1.“≥”表示不低于，“≤”表示不高于，“=”表示等于；",
              "2.本表金额单位为万元，成本指标中的人均标准为元或万元。")  # fmt: skip
    s.skip()
    s.row("单位负责人：郑国栋", None, "审核人：孟晓燕")
    signature(s, 2027, "韩一鸣", "0571-8620 1185", month=11, d=25)
    return b
