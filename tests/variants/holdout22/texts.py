"""Returns whose text shows where it came from: dates typed as text in every form or left as an
Excel serial, placeholders of the template, HTML pasted from a web system, a table copied from
last year with its years not all changed (items 4, 9)."""

from __future__ import annotations

from tests.variants.holdout22.forms import goal, head, indicators, signature
from tests.variants.holdout22.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

Y = 2026
THOUSANDS = "#,##0.00"


@variant(
    "if05-dates-as-text-ok",
    (9,),
    "OLD-NAT, plan dates typed as text "
    "(2026.3.1, 2026/12/31), fill date "
    "2025年11月, amounts with thousands "
    "separators",
)
def if05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="城区供水管网改造", dept="明溪县住房和城乡建设局（402）",
         unit="明溪县供排水服务中心", start="2026.3.1", end="2026/12/31",
         attr="新增项目")  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(1250, THOUSANDS), "其中：财政拨款",
          money(1050, THOUSANDS), None)  # fmt: skip
    s.row(None, None, None, "其他资金", money(200, THOUSANDS), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goal(s, "2026年3月起改造城区老旧供水管网18公里，降低管网漏损，保障居民用水安全。")
    indicators(s, [
        ("产出指标", "数量指标", "改造供水管网长度", "≥18公里"),
        (None, "质量指标", "管网打压试验合格率", pct(1)),
        (None, "时效指标", "主体工程完工时间", "2026年10月31日前"),
        (None, "成本指标", "每公里管网改造成本", "≤65万元/公里"),
        ("效益指标", "经济效益指标", "年减少漏损水量", "≥45万吨"),
        (None, "社会效益指标", "城区公共供水管网漏损率", "≤9%"),
        (None, "可持续影响指标", "管网设计使用年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", pct(0.9)),
    ])  # fmt: skip
    signature(s, "2025年11月")
    return b


@variant(
    "if06-serial-and-placeholders",
    (9,),
    "NAT-2021, a plan date left as the serial 46082 in a text cell, ≥XX% and 20XX年 placeholders",
)
def if06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="中小学校园食堂明厨亮灶建设", dept="清浦县教育局（501）",
         unit="清浦县教育局", start=mk("46082", "X104", "warning"),
         end=day(Y, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(96), "其中：财政拨款", money(96), None)
    goal(s, mk("为全县48所中小学校食堂安装视频监控和后厨公示系统，力争到20XX年底实现全覆盖。",
               "X101", "error"))  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单校建设成本", "≤2万元/所"),
        ("产出指标", "数量指标", "明厨亮灶建设学校数量", "48所"),
        (None, "质量指标", "系统验收合格率", mk("≥XX%", "X101", "error")),
        (None, "时效指标", "建设完成时间", f"{Y}年8月31日前"),
        ("效益指标", "社会效益指标", "校园食品安全事故", ok("0起", note="零事故目标")),
        (None, "可持续影响指标", "食堂视频巡查制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, day(Y - 1, 11, 20))
    return b


@variant(
    "if07-html-pasted",
    (9,),
    "NAT-2021 exported from a web system: <p> "
    "and <br> tags in the goal and a value, a "
    "** placeholder",
)
def if07() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="基层医疗机构慢病随访", dept="松陵县卫生健康局（601）",
         unit="松陵县疾病预防控制中心", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(180), "其中：财政拨款", money(180), None)
    goal(s, mk("<p>对辖区高血压、糖尿病患者开展规范化随访管理。</p><p>提高慢病控制率。</p>",
               "X102", "warning"))  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "每人次随访补助", "≤25元/人次"),
        ("产出指标", "数量指标", "慢病患者随访人次", mk("≥**人次", "X101", "error")),
        (None, "质量指标", "高血压患者规范管理率", mk("≥65%<br>", "X102", "warning")),
        (None, "时效指标", "随访数据录入时限", "≤7个工作日"),
        ("效益指标", "社会效益指标", "管理人群血压控制率", "≥60%"),
        (None, "可持续影响指标", "家庭医生签约服务机制", "持续运行"),
        ("满意度指标", "服务对象满意度指标", "随访患者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "if08-last-year-copy",
    (9,),
    "OLD-NAT copied from last year: title "
    "2026 but a deadline in 2025, the goal "
    "text about 2025 and a 2025 value header",
)
def if08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="农村生活垃圾收运处置", dept="杉屿县城市管理局（420）",
         unit="杉屿县环境卫生管理所", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    s.row("项目资金（万元）", "年度资金总额", money(640), "其中：财政拨款", money(640), None)
    goal(s, mk("2025年实现全县14个乡镇农村生活垃圾收运处置全覆盖，无害化处理率保持100%。",
               "Y103", "warning", alt=("Y101",)))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "覆盖乡镇数量", "14个"),
        (None, None, "年收运处置生活垃圾量", "≥5.2万吨"),
        (None, "质量指标", "生活垃圾无害化处理率", pct(1)),
        (None, "时效指标", "收运车辆更新完成时间",
         mk("2025年6月30日前", "Y102", "error", alt=("Y101",))),
        (None, "成本指标", "吨垃圾收运处置成本", "≤120元/吨"),
        ("效益指标", "生态效益指标", "农村人居环境整治村庄达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标",
             mk("2025年指标值", "Y101", "error", alt=("Y103",))))  # fmt: skip
    signature(s, day(Y - 1, 11, 22))
    return b


@variant(
    "if09-department-words-ok",
    (4,),
    "部门整体, word operators (不低于90%, 95%以上, "
    "30日内), qualitative values, a prior-year "
    "baseline in the goal",
)
def if09() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    s.title(f"{Y}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "砚山县市场监督管理局", None, "填报日期", "2025/11/21",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, money(1530), money(1480), money(50), money(1010), money(520))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    s.row(None, "食品安全抽检", "按计划完成食品安全监督抽检", money(310), "抽检任务全部完成",
          merge=[(5, 6)])  # fmt: skip
    s.row(None, "特种设备安全监管", "电梯、锅炉等特种设备检查", money(210), "无较大安全事故",
          merge=[(5, 6)])  # fmt: skip
    s.row(None, "金额合计", None, money(520), None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goal(s, ok("在2025年基础上进一步强化食品、特种设备安全监管，守住不发生重大安全事故底线。",
               note="上年只作基数"), label="年度总体目标")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "不少于2400批次"),
        (None, "质量指标", "抽检任务完成率", "95%以上"),
        (None, None, "不合格食品核查处置率", "=100%"),
        (None, "时效指标", "投诉举报处理时限", "30日内"),
        ("成本指标", "经济成本指标", "单批次抽检平均费用", "不超过1200元"),
        ("效益指标", "社会效益指标", "群众食品安全意识", "有效提升"),
        (None, None, "市场秩序", "逐步改善"),
        (None, "可持续影响指标", "特种设备定期检验", "达标"),
        ("满意度指标", "服务对象满意度指标", "群众对食品安全满意度", "不低于90%"),
    ])  # fmt: skip
    signature(s, "2025/11/21")
    return b
