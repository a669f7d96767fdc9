"""One-year project tables of courts, procuratorates, police and justice bureaus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout36.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")


def indicators(s: Sheet, rows: Sequence[Sequence[Any]], head: Sequence[Any] = HEAD,
               col: int = 1) -> None:  # fmt: skip
    s.row(*head, col=col)
    s.table(rows, merged=(1, 2), col=col)


def signature(s: Sheet, filled: C) -> None:
    s.skip()
    s.row("填表人：周立新", None, "审核人：何雅琴", None, "联系电话：0736-5212088")
    s.row("填报日期：", filled)


@variant("it01-legal-aid-ok", (1, 4, 12), "project, NAT-2021, legal aid at 3000元/件, footnotes")
def it01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(s, year=2025, name="刑事法律援助案件办案补贴", dept="清溪县司法局（318001）",
                 unit="清溪县法律援助中心", attr="常年项目",
                 money=[("年度资金总额", money(360, WAN), "其中：财政拨款", money(360, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["全年办理刑事法律援助案件不少于1200件，每件补贴不超过3000元，"
                        "保障困难群众和特殊案件当事人依法获得法律援助。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "办理刑事法律援助案件数", "≥1200件", "计划标准", None),
        (None, None, "值班律师法律帮助人次", "≥2600人次", "历史标准", None),
        (None, "质量指标", "案件质量评估合格率", pct(0.95), "行业标准", None),
        (None, "时效指标", "法律援助申请审查办结时限", "≤7个工作日", "行业标准", None),
        ("成本指标", "经济成本指标", "刑事法律援助案件办案补贴标准", "≤3000元/件", "计划标准",
         None),
        ("效益指标", "社会效益指标", "受援群众合法权益得到维护", "有效维护", None, None),
        (None, "可持续影响指标", "法律援助工作机制", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "历史标准", None),
    ])  # fmt: skip
    s.row("注：1.办案补贴按《清溪县法律援助案件补贴办法》执行；2.合格率按省厅质量评估口径统计。")
    signature(s, day(2024, 10, 18, "yyyy年m月d日"))
    return b


@variant("it02-crime-rate-ok", (1, 11), "project, NAT-2021, direction, operator and unit columns")
def it02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 26, 10, 8, 12, 12))
    s.title("2025年度项目支出绩效目标表", 7)
    s.row("项目名称", "城乡社会治安防控体系建设", None, "主管部门", "龙岗市公安局", None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("实施单位", "龙岗市公安局治安管理支队", None, "项目属性", "延续项目", None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度资金总额（万元）", money(486.5, "#,##0.00"), "财政拨款", money(486.5, "#,##0.00"),
          "其他资金", money(0, "#,##0.00"))  # fmt: skip
    s.row("年度绩效目标", "完善城乡治安防控网络，刑事案件发案率控制在12起/万人以内，"
          "不发生重大群体性事件，群众安全感保持在95%以上。", merge=[(2, 7)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建治安监控点位", "正向", "≥", 320, "个"),
        (None, None, "开展专项整治行动", "正向", "≥", 6, "次"),
        (None, "质量指标", "命案破案率", "正向", "≥", 95, "%"),
        (None, None, "刑事案件发案率", "反向", "≤", 12, "起/万人"),
        (None, "时效指标", "城区接警到场时间", "反向", "≤", 5, "分钟"),
        ("成本指标", "经济成本指标", "单个监控点位建设成本", "反向", "≤", 1.2, "万元/个"),
        ("效益指标", "社会效益指标", "重大群体性事件", "反向", "=", 0, "起"),
        (None, None, "群众安全感", "正向", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "群众对治安状况满意度", "正向", "≥", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值",
             "计量单位"))  # fmt: skip
    s.row("填报说明：反向指标数值越小越好；监控点位成本含立杆、线路及前端设备。")
    return b


@variant("it03-court-closure-wrong", (1, 11), "project, NAT-2021, rates in the value column")
def it03() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表")
    project_head(s, year=2025, name="审判执行业务经费", dept="白沙区人民法院（402)",
                 unit="白沙区人民法院", attr="常年项目",
                 money=[("年度资金总额", money(215.8), "其中：财政拨款", money(215.8)),
                        ("其他资金", money(0), None, None)],
                 goals=["全年审结各类案件8500件以上，提升审判执行质效。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "审结各类案件", "≥8500件", None, None),
        (None, "质量指标", "法定审限内结案率", mk("≥95", "T105", "error", alt=("T104",)), None,
         None),
        (None, None, "一审服判息诉率", mk("≥105%", "T106", "error"), None, None),
        (None, "时效指标", "民事案件平均审理期限",
         mk("≥60日", "T108", "warning", row=True), None, None),
        ("成本指标", "经济成本指标", "案均办案经费", "≤254元/件", None, None),
        ("效益指标", "社会效益指标", "司法公信力", "有效提升", None, None),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", pct(0.9), None, None),
    ])  # fmt: skip
    signature(s, day(2024, 11, 5))
    return b


@variant("it04-procuratorate-col-c-ok", (1, 7), "project, NAT-2021, from column C, 2-line header")
def it04() -> Book:
    b = Book()
    s = b.sheet("公益诉讼", widths=(3, 3, 14, 16, 26, 8, 10, 10))
    s.row(None, None, "2025年度项目支出绩效目标表", merge=[(3, 8)])
    s.row(None, None, "单位：万元", merge=[(3, 8)])
    s.row(None, None, "项目名称", "公益诉讼检察办案", None, "实施单位", "临江县人民检察院",
          None, merge=[(4, 5), (7, 8)])  # fmt: skip
    s.row(None, None, "资金总额", money(96, WAN), "其中：财政拨款", money(96, WAN), "其他资金",
          money(0, WAN))  # fmt: skip
    s.row(None, None, "年度目标", "办理公益诉讼案件不少于300件，诉前程序整改率达到90%以上。",
          merge=[(4, 8)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, col=3, merge=[(6, 8)])
    s.row(None, None, None, "比较符", "数值", "单位", col=3)
    s.table([
        ("产出指标", "数量指标", "办理公益诉讼案件", "≥", 300, "件"),
        (None, None, "开展专项监督活动", "≥", 4, "次"),
        (None, "质量指标", "诉前检察建议整改率", "≥", pct(0.9), "%"),
        (None, "时效指标", "行政公益诉讼诉前程序办理期限", "≤", 30, "日"),
        ("成本指标", "经济成本指标", "案均办案成本", "≤", 3200, "元/件"),
        ("效益指标", "社会效益指标", "国家和社会公共利益", "定性", "得到有效保护", None),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", pct(0.92), "%"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row(None, None, "填表人：邵文", None, "联系电话：13907361122")
    return b


@variant("it05-equipment-wrong", (12,), "project, NAT-2021, 执法记录仪 purchase")
def it05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2025, name="执法记录仪及配套设备购置", dept="东湖市公安局（205）",
                 unit="东湖市公安局交通警察支队", attr="一次性项目",
                 money=[("年度资金总额", mk(money(250), "B101", "error"), "其中：财政拨款",
                         money(200)),
                        ("其他资金", money(30), None, None)],
                 goals=["购置执法记录仪120台及数据采集工作站10套，"
                        "实现一线执法全过程记录。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "采购执法记录仪", "120台", None, None),
        (None, None, "采购数据采集工作站", "10套", None, None),
        (None, None, mk("采购执法记录仪", "D101", "warning", alt=("D102", "D103")), "≥120台",
         None, None),
        (None, "质量指标", "设备验收合格率", mk("≥≤95%", "T116", "warning"), None, None),
        (None, "时效指标", "设备采购完成时间", "2025年6月30日前", None, None),
        ("成本指标", "经济成本指标", "执法记录仪单价", "≤1.5万元/台", None, None),
        ("效益指标", "社会效益指标", "现场执法规范化水平", "明显提升", None, None),
        ("满意度指标", "服务对象满意度指标", "一线民警使用满意度", "≥90%", None, None),
    ])  # fmt: skip
    return b


@variant("it06-mediation-points-ok", (5, 10), "project, OLD-NAT, numbered labels with points")
def it06() -> Book:
    b = Book()
    s = b.sheet("人民调解")
    project_head(s, year=2025, name="人民调解以案定补", dept="青山区司法局", unit="青山区司法局",
                 money=[("年度资金总额", money(45), "其中：财政拨款", money(45)),
                        ("其他资金", money(0), None, None)],
                 goals=["调处矛盾纠纷2000件以上，调解成功率95%以上，"
                        "不发生民转刑案件。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "1.数量指标", "调处矛盾纠纷", "≥2000件", 15, None),
        (None, None, "开展矛盾纠纷排查", "≥12次", 10, None),
        (None, "2.质量指标", "调解成功率", "95%以上", 10, None),
        (None, None, "调解协议履行率", "不低于90%", 5, None),
        (None, "3.时效指标", "一般纠纷调解期限", "30日内", 5, None),
        (None, "4.成本指标", "以案定补补贴标准", "≤200元/件", 5, None),
        ("二、效益指标（40分）", "1.社会效益指标", "民转刑案件", "不发生", 20, None),
        (None, "2.可持续影响指标", "基层调解组织运行", "持续规范", 20, None),
        ("三、满意度指标（10分）", "服务对象满意度指标", "纠纷当事人满意度", "≥90%", 10, None),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注"))  # fmt: skip
    s.row("合计", None, None, None, 100, None)
    return b


@variant("it07-correction-wrong", (1, 11), "project, NAT-2021, 社区矫正, dates")
def it07() -> Book:
    b = Book()
    s = b.sheet("社区矫正")
    project_head(s, year=2025, name="社区矫正对象教育帮扶", dept="南岭县司法局",
                 unit="南岭县社区矫正管理局",
                 start=mk(day(2023, 1, 1), "Y102", "error", alt=("Y101", "Y104")),
                 money=[("年度资金总额", money(38.6), "其中：财政拨款", money(38.6)),
                        ("其他资金", money(0), None, None)],
                 goals=["对在册社区矫正对象开展集中教育和帮扶，防止重新违法犯罪。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "组织集中教育", "≥24场", None, None),
        (None, None, "开展就业技能帮扶", "≥150人次", None, None),
        (None, "质量指标", "矫正对象入矫报到率", "100%", None, None),
        (None, "时效指标", "入矫宣告完成时限", "≤3个工作日", None, None),
        ("成本指标", "经济成本指标", "人均教育帮扶经费", "≤800元/人", None, None),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率",
         mk("≥0.2%", "T108", "warning", row=True), None, None),
        ("满意度指标", "服务对象满意度指标", "矫正对象帮扶满意度",
         mk("95%%", "T116", "warning"), None, None),
    ])  # fmt: skip
    return b


@variant("it08-court-pdf-wrong", (9, 6), "project, OLD-NAT, converted from PDF, detail lines")
def it08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2025, name="诉讼服务中心升级改造", dept="西陵市中级人民法院",
                 unit="西陵市中级人民法院", attr="一次性项目",
                 money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                         "其中：财政拨款", money(1205.3376, "0.0000")),
                        ("其他资金", money(0), None, None)],
                 goals=["完成诉讼服务大厅改造，建成跨域立案和网上调解服务窗口。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造诉讼服务大厅面积", "≥1800平方米", None, None),
        (None, None, mk("", "F110", "error"), "≥12个", None, None),
        (None, "质量指标", "改造工程验收合格率", "100%", None, None),
        (None, "时效指标", "改造完成时间", "2025年10月31日前", None, None),
        (None, "成本指标", "改造工程总成本", "≤1205.34万元", None, None),
        ("效益指标", "社会效益指标", "群众诉讼便利程度", "明显提高", None, None),
        ("满意度指标", "服务对象满意度指标", "来访当事人满意度", "≥90%", None, None),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", None, None, merge=[(2, 3)])
    s.row(None, "大厅装修改造", None, money(1085.3376, "0.0000"), None, None, merge=[(2, 3)])
    s.row(None, "自助立案设备", None, mk("120万120万", "X106", "error", alt=("B108",)), None,
          None, merge=[(2, 3)])  # fmt: skip
    return b
