"""Department tables (§3.2): 年度预算 split two ways with shares, 年度主要任务 with an amount per
task and a 金额合计, indicator tables in one or two value columns, page breaks."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head
from tests.variants.holdout11.common import block, signatures, wide
from tests.variants.holdout11.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
P1 = "0.0%"


@variant("w08-market-department-ok", (1, 4, 12), "department, tasks = 项目支出, shares, NAT-2021")
def w08() -> Book:
    """Correct: a market-supervision bureau; shares typed as percentages (0.958 with
    ``0.0%``), tasks that add up to 项目支出 (only project tasks listed), 成本指标 first, a
    zero-growth 三公 target, a zero accident count, a change in 百分点."""
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 30, 16, 24, 16))
    department_head(
        s, year=2027, dept="青川市市场监督管理局",
        budget=[(money(4286.5), money(4106.5), money(180), money(3126.5), money(1160)),
                (pct(1, P1), pct(0.958, P1), pct(0.042, P1), pct(0.729, P1), pct(0.271, P1))],
        tasks=[("食品安全抽检监测", "完成食品安全监督抽检4800批次，其中农产品快检1200批次",
                money(520), "食品安全抽检合格率保持在97%以上"),
               ("特种设备安全监察", "开展电梯、锅炉、压力容器等特种设备定期检验和隐患排查",
                money(260), "特种设备定期检验覆盖6500台以上"),
               ("市场主体信用监管", "推进经营主体信用风险分类管理和“双随机、一公开”抽查",
                money(180), "信用风险分类覆盖率较上年提高3个百分点"),
               ("消费维权与12315热线运行", "12315热线和投诉举报平台运行维护",
                money(200), "投诉按期办结率不低于95%"),
               ("金额合计", None, money(1160), None)],
        goal="目标1：守牢食品、特种设备安全底线，全年不发生重大食品安全事故；\n"
        "目标2：深化信用监管，提升市场监管效能；\n目标3：畅通消费维权渠道，投诉人满意度不低于85%。",
        filled=day(2026, 11, 5),
    )  # fmt: skip
    block(
        s, HEAD, label="年度绩效指标",
        rows=[
            ("成本指标", "经济成本指标", "单批次食品抽检平均成本", "≤1000元/批次", None),
            (None, None, "“三公”经费变动率", "≤0%", "与上年相比不增长"),
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥4800批次", None),
            (None, None, "特种设备定期检验台数", "≥6500台", None),
            (None, "质量指标", "食品安全抽检合格率", "≥97%", None),
            (None, None, "12315投诉按期办结率", "≥95%", None),
            (None, "时效指标", "投诉举报受理时限", "≤7个工作日", "自收到之日起"),
            (
                "效益指标",
                "社会效益指标",
                "重大食品安全事故发生数",
                ok("0起", note="a zero accident count, = implied; a reviewer shrugs at T103"),
                None,
            ),
            (None, None, "经营主体信用风险分类覆盖率", "较上年提高≥3个百分点", None),
            (None, "可持续影响指标", "智慧监管平台应用", "逐步完善", None),
            ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%", "第三方回访"),
        ],
    )  # fmt: skip
    signatures(s, filled=(2026, 11, 5), names=("赵雪", "陈海峰", "王建民"),
               phone="0871-6381174")  # fmt: skip
    return b


@variant("w09-culture-department-wrong", (11, 12), "department, tasks off 金额合计, defects")
def w09() -> Book:
    """A culture and tourism bureau: tasks that do not add up to their 金额合计, a complaint
    rate with ≥, a satisfaction target with a doubled percent sign."""
    b = Book()
    s = b.sheet("部门整体", widths=(14, 16, 30, 16, 24, 16))
    department_head(
        s, year=2027, dept="青川市文化广电和旅游局",
        budget=[(money(2680), money(2480), money(200), money(1600), money(1080))],
        tasks=[("公共文化服务免费开放", "全市36个公共文化场馆免费开放运行补助", money(380),
                "场馆免费开放率100%"),
               ("非物质文化遗产保护传承", "非遗项目记录、传承人培训和展示展演", money(260),
                "培训非遗传承人300人次以上"),
               ("文旅市场综合执法", "文化旅游市场执法检查和投诉处理", money(420),
                "执法检查覆盖率95%以上"),
               ("金额合计", None,
                mk(money(1080), "B102", "error", row=True, alt=("B101",),
                   note="380 + 260 + 420 = 1060, not 1080"), None)],
        goal="完善公共文化服务体系，加强非遗保护传承，规范文旅市场秩序，提升群众文化获得感。",
        filled=day(2026, 11, 9),
    )  # fmt: skip
    block(
        s, HEAD, label="年度绩效指标",
        rows=[
            ("产出指标", "数量指标", "免费开放公共文化场馆数", "≥36个", None),
            (None, None, "组织群众文化活动场次", "≥260场", None),
            (None, None, "非遗传承人培训人次", "≥300人次", None),
            (None, "质量指标", "文旅市场执法检查覆盖率", "≥95%", None),
            (None, None, "公共文化场馆免费开放率", "=100%", None),
            (None, "时效指标", "旅游投诉处理时限", "≤5个工作日", None),
            ("成本指标", "经济成本指标", "单场群众文化活动补助标准", "≤0.8万元/场", None),
            ("效益指标", "社会效益指标", "公共文化场馆年接待人次", "≥150万人次", None),
            (None, None, "景区游客投诉率",
             mk("≥3%", "T108", "warning", row=True, note="a complaint rate is 反向: ≤"), None),
            (None, "可持续影响指标", "非遗保护传承体系", "不断完善", None),
            ("满意度指标", "服务对象满意度指标", "群众文化活动参与满意度",
             mk("≥90%%", "T116", "warning", row=True, note="percent sign typed twice"), None),
            (None, None, "游客满意度", "≥85%", None),
        ],
    )  # fmt: skip
    signatures(s, filled=(2026, 11, 9), names=("孙丽娟", "郑凯"), phone="0871-6392256")
    return b


TWO = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "指标值设定依据")


@variant("w16-water-department-ok", (4, 7, 8, 12), "department from column B, 实施周期 and 年度")
def w16() -> Book:
    """Correct: a water bureau's three-year department table starting in column B: tasks add
    up to 项目支出, period values above or equal to annual ones, a positive 下降率, the header
    repeated after a page break, notes under the table."""
    b = Book()
    s = b.sheet("水务局", widths=(3, 14, 16, 28, 16, 16, 16, 12))
    s.row("青川市水务局2027年度部门整体支出绩效目标表", col=2, merge=[(2, 8)])
    s.row("部门名称", "青川市水务局", None, None, "部门预算编码", "217001", None, col=2,
          merge=[(3, 5), (7, 8)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出",
          col=2)  # fmt: skip
    s.row(None, money(5120), money(4870), money(250), money(2960), money(2160), col=2)
    s.ws.merge_cells(start_row=s.r - 1, start_column=2, end_row=s.r, end_column=2)
    s.row("部门职责", "负责全市水资源管理、节约用水、河湖管理保护、农村供水保障和水旱灾害防御。",
          col=2, merge=[(3, 8)])  # fmt: skip
    s.row("年度主要任务", "任务名称", "主要内容", None, "预算金额（万元）", "期望达到的目标",
          None, col=2, merge=[(4, 5), (7, 8)])  # fmt: skip
    top = s.r
    for name, what, amount, aim in [
        ("水资源管理与节约用水", "用水总量和强度双控、节水型社会建设", 620, "万元GDP用水量下降3%"),
        ("河湖长制工作经费", "河湖巡查、“清四乱”和河湖健康评价", 480, "河湖巡查12000次以上"),
        ("农村供水工程维修养护补助", "农村供水工程维修养护和水质检测", 860,
         "维修养护工程140处以上"),
        ("防汛抗旱应急", "防汛物资储备、预警系统运行维护", 200, "预警信息30分钟内发布"),
    ]:  # fmt: skip
        s.row(None, name, what, None, money(amount), aim, None, col=2, merge=[(4, 5), (7, 8)])
    s.row(None, "金额合计", None, None, money(2160), None, None, col=2, merge=[(4, 5), (7, 8)])
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.row(
        "中期绩效目标（2027—2029年）",
        "三年新增农村供水保障人口3.6万人，农村自来水普及率达到"
        "96%，万元GDP用水量累计下降9%，河湖长制工作机制持续完善。",
        col=2,
        merge=[(3, 8)],
    )
    s.row("年度绩效目标", "2027年新增农村供水保障人口1.2万人，农村自来水普及率达到93%，"
          "万元GDP用水量下降3%。", col=2, merge=[(3, 8)])  # fmt: skip
    block(
        s, TWO, col=2,
        rows=[
            ("产出指标", "数量指标", "新增农村供水保障人口", "≥3.6万人", "≥1.2万人", "计划标准"),
            (None, None, "河湖巡查次数", "≥36000次", "≥12000次", "计划标准"),
            (None, None, "维修养护农村供水工程", "≥420处", "≥140处", "计划标准"),
            (None, "质量指标", "农村集中供水工程水质达标率", "≥92%", "≥90%", "行业标准"),
            (None, None, "重点河湖水功能区水质达标率", "≥95%", "≥95%", "行业标准"),
            (None, "时效指标", "汛期预警信息发布时限", "≤30分钟", "≤30分钟", "行业标准"),
            ("成本指标", "经济成本指标", "农村供水工程单处维修养护补助", "≤6万元/处",
             "≤6万元/处", "历史标准"),
        ],
    )  # fmt: skip
    s.ws.row_breaks.append(Break(id=s.r))
    block(
        s, TWO, col=2,
        rows=[
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%", "≥93%", "计划标准"),
            (None, "生态效益指标", "万元GDP用水量下降率", "≥9%", "≥3%", "计划标准"),
            (None, "可持续影响指标", "河湖长制工作机制", "持续完善", "持续完善", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%", "≥90%",
             "历史标准"),
        ],
    )  # fmt: skip
    wide(s, "注：1.实施周期指标值为2027—2029年累计值，比率类指标为期末值；"
         "2.本表随部门预算一并公开。", 2, 8)  # fmt: skip
    signatures(s, filled=(2026, 11, 3), names=("邓志远", "马丽萍", "罗建华"),
               phone="0871-6340975", col=2)  # fmt: skip
    return b
