"""部门整体 tables pasted from Word and PDF (nv13–nv15)."""
# ruff: noqa: E501  (rows of CJK text are kept one indicator a line, as the tables read)

from __future__ import annotations

from tests.variants.holdout168.common import department_head, fw, sheet, tail, two, w
from tests.variants.holdout168.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nv13-department-explain-column", (1, 12),
         "department, NAT-2021, budget and key tasks adding up, a 指标解释 column between name "
         "and value, percent cells, =0起 on an accident count, a 填报人 block")  # fmt: skip
def nv13() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (16, 18, 26, 30, 18, 14))
    department_head(
        s, col=1, width=6, year=2026, dept="青岚市市场监督管理局",
        budget=(w(5800), w(5500), w(300), w(4100), w(1700)),
        tasks=[
            ("食品安全抽检", "开展食品安全监督抽检", w(600), "完成食品安全监督抽检4000批次"),
            ("特种设备安全监管", "特种设备定期检验与隐患排查", w(450), "定期检验特种设备9000台"),
            ("计量检定", "强制检定计量器具检定", w(400), "强检计量器具应检尽检"),
            ("消费维权", "受理处理消费投诉举报", w(250), "消费投诉按时办结率不低于98%"),
            ("金额合计", None, w(1700), None),
        ],
        goal="全年完成食品安全监督抽检4000批次，定期检验特种设备9000台，守住不发生重大食品安全"
             "事故的底线。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标解释", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "全年完成的食品安全监督抽检批次", "≥4000批次"),
            (None, None, "特种设备定期检验台数", "完成定期检验的在用特种设备台数", "≥9000台"),
            (None, "质量指标", "抽检不合格食品核查处置率", "已核查处置的不合格批次÷不合格批次×100%", pct(1.0)),
            (None, None, "强检计量器具检定覆盖率", "已检定的强检器具÷在册强检器具×100%", "≥95%"),
            (None, "时效指标", "消费投诉按时办结率", "法定时限内办结的投诉÷受理投诉×100%", "≥98%"),
            ("成本指标", "经济成本指标", "单批次食品抽检成本", "抽检经费÷抽检批次", "≤1200元/批次"),
            ("效益指标", "经济效益指标", "为消费者挽回经济损失", "通过投诉调解为消费者挽回的损失金额", "≥800万元"),
            (None, "社会效益指标", "重大食品安全事故", "辖区内发生的重大食品安全事故起数", "=0起"),
            (None, "可持续影响指标", "信用风险分类监管机制", "经营主体信用风险分类监管制度运行情况", "健全"),
            ("满意度指标", "服务对象满意度指标", "消费者投诉处理满意度", "回访满意人数÷回访人数×100%", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "唐俊杰", "0736-2207419", month=12, date=3)
    return b


@variant("nv14-department-two-row-wrong", (9, 12),
         "department, NAT-2021, two physical rows per indicator with a unit column, full-width "
         "digits: the key tasks do not add up to 金额合计 and a 满意度 in 人")  # fmt: skip
def nv14() -> Book:
    b = Book()
    s = sheet(b, "Sheet1", 1, (16, 18, 26, 18, 16, 14))
    department_head(
        s, col=1, width=6, year=2026, dept="岚溪县民政局",
        budget=(w(3200), w(3000), w(200), w(1400), w(1800)),
        tasks=[
            ("城乡低保", "按月发放城乡最低生活保障金", w(900), "保障城乡低保对象6800人"),
            ("特困人员救助供养", "集中和分散供养特困人员", w(500), "供养特困人员1200人"),
            ("临时救助", "对遭遇急难的家庭实施临时救助", w(250), "做到应救尽救"),
            ("养老服务", "支持居家和社区养老服务", w(180), "提升养老服务水平"),
            ("金额合计", None, mk(w(1800), "B102", "error", note="900+500+250+180 = 1830"), None),
        ],
        goal="保障城乡低保对象6800人、特困供养人员1200人基本生活，救助资金按月足额发放。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            *two("产出指标", "数量指标", "城乡低保\n保障人数", fw("≥6800"), "人"),
            *two(None, None, "特困供养\n人员", fw("≥1200"), "人"),
            *two(None, "质量指标", "低保对象动态\n管理核查率", fw("100"), "%"),
            *two(None, "时效指标", "救助资金按月\n发放及时率", fw("≥98"), "%"),
            *two("成本指标", "经济成本指标", "临时救助单次\n平均支出", fw("≤2000"), "元/人次"),
            *two("效益指标", "社会效益指标", "困难群众基本生活\n保障率", fw("100"), "%"),
            *two(None, "可持续影响指标", "社会救助\n长效机制", "健全", None),
            *two("满意度指标", "服务对象满意度指标", "救助对象\n满意度",
                 mk(fw("≥90"), "T105", "error", alt=("T112",), note="a 满意度 needs %, not 人"),
                 "人"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    tail(s, 1, 2026, "林书瑶", "0738-5516302")
    return b


@variant("nv15-department-shifted-unit-column", (1, 12),
         "department, NAT-2021, the whole sheet two empty columns to the right, a 指标解释 column, "
         "the operator in the value and the unit in 计量单位, line breaks in names")  # fmt: skip
def nv15() -> Book:
    b = Book()
    c = 3
    s = sheet(b, "Sheet1", c, (16, 18, 26, 30, 12, 12))
    department_head(
        s, col=c, width=6, year=2026, dept="白鹭湾区文化和旅游局",
        budget=(w(2600), w(2400), w(200), w(1100), w(1500)),
        tasks=[
            ("公共文化服务", "送戏下乡、公共图书馆免费开放", w(700), "送戏下乡演出120场"),
            ("文化遗产保护", "文物安全巡查、非遗保护传承", w(450), "文物保护单位安全巡查全覆盖"),
            ("文化旅游推广", "文旅品牌宣传推广", w(350), "游客接待量增长5%以上"),
            ("金额合计", None, w(1500), None),
        ],
        goal="全年送戏下乡演出120场，公共图书馆流通35万人次，文物保护单位安全巡查全覆盖。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标解释", "指标值", "计量单位", col=c)
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡\n演出场次", "全年组织的送戏下乡演出场次", "≥120", "场"),
            (None, None, "公共图书馆\n年流通人次", "到馆及借阅人次", "≥35", "万人次"),
            (None, "质量指标", "文物保护单位安全\n巡查覆盖率", "已巡查的文保单位÷文保单位总数×100%", "100", "%"),
            (None, "时效指标", "非遗保护项目申报\n按时完成率", "按时完成申报的项目÷计划申报项目×100%", "≥95", "%"),
            ("成本指标", "经济成本指标", "单场送戏下乡\n演出补助", "每场演出的补助经费", "≤1.5", "万元/场"),
            ("效益指标", "社会效益指标", "群众文化活动\n参与人次", "参加各类群众文化活动的人次", "≥20", "万人次"),
            (None, "经济效益指标", "游客接待量\n增长率", "（本年接待量−上年接待量）÷上年接待量×100%", "≥5", "%"),
            (None, "可持续影响指标", "非遗代表性传承人\n带徒人数", "传承人年内带徒人数", "≥60", "人"),
            ("满意度指标", "服务对象满意度指标", "群众文化服务\n满意度", "问卷调查满意人数÷调查人数×100%", "≥90", "%"),
        ],
        merged=(1, 2),
        col=c,
    )  # fmt: skip
    tail(s, c, 2026, "沈嘉禾", "0733-6671420")
    return b
