"""Correct department and transfer-payment returns: numbered tier labels, tier-1 labels spelled
产出目标 / 效益目标 / 满意度目标 with short tier-2s, 实施周期 and 年度 columns, a budget in 元
with ★ labels and a two-line header, a regional transfer table with rates per 10万 and ‰."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout49.common import comment, line, signature, title
from tests.variants.holdout49.registry import variant
from tests.variants.kit import CN_DATE, WAN, YUAN, Book, day, money, ok, pct

AMOUNT = "#,##0.00"


@variant("jg08-dept-numbered-ok", (5, 12),
         "department, NAT-2021, numbered tier labels (一、产出指标 / 1.数量指标), an indicator "
         "named 2025年度部门决算公开时间 in a 2026 table, 12345 in a name, tasks adding to "
         "项目支出")  # fmt: skip
def dept_numbered() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 18, 30, 16, 12, 16))
    department_head(
        s, year=2026, dept="澄溪县财政局",
        budget=[(money(1860.5, AMOUNT), money(1800.5, AMOUNT), money(60, AMOUNT),
                 money(1240.5, AMOUNT), money(620, AMOUNT))],
        tasks=[("预算绩效管理", "重点项目绩效评价、绩效目标审核", money(320, AMOUNT),
                "完成12个重点项目绩效评价"),
               ("财会监督检查", "会计信息质量检查", money(180, AMOUNT), "检查单位不少于40家"),
               ("预决算公开", "2025年度部门决算及2026年度部门预算公开", money(120, AMOUNT),
                "按规定时限公开"),
               ("金额合计", None, money(620, AMOUNT), None)],
        goal="围绕预算绩效管理、财会监督和预决算公开三项重点工作，完成12个重点项目绩效评价，"
             "按时公开2025年度部门决算，预算单位满意度90%以上。",
    )  # fmt: skip
    line(s, "年度绩效指标", 1, 6)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值设定依据")
    s.table([
        ("一、产出指标", "1.数量指标", "重点项目绩效评价", "≥12", "个", "计划标准"),
        (None, None, "会计信息质量检查单位", "≥40", "家", None),
        (None, "2.质量指标", "绩效评价报告合格率", pct(1.0), None, None),
        (None, "3.时效指标", "2025年度部门决算公开时间", "2026年9月30日前", None, None),
        (None, None, "12345热线财政类工单按时办结率", "≥98%", None, None),
        ("二、成本指标", "1.经济成本指标", "单个项目绩效评价成本", "≤15", "万元/个", "历史标准"),
        ("三、效益指标", "1.社会效益指标", "绩效评价结果应用率", "=100%", None, None),
        (None, "2.可持续影响指标", "预算绩效管理制度体系", "健全完善", None, None),
        ("四、满意度指标", "1.服务对象满意度指标", "预算单位满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, day(2025, 11, 20, CN_DATE), who="沈佳宁", checker="马国栋")
    return b


@variant("jg09-dept-local-tiers-ok", (5, 12),
         "department, OLD-NAT spelled locally: tier-1 产出目标 / 效益目标 / 满意度目标, tier-2 "
         "数量 / 质量 / 时效 / 成本 / 生态效益 / 社会效益 / 服务对象满意度; PM2.5 in a name, "
         "每月1次, 2027年底前, a 批注")  # fmt: skip
def dept_local_tiers() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 22, 14, 14))
    department_head(
        s, year=2027, dept="青樾县生态环境监测站",
        budget=[(money(985, WAN), money(955, WAN), money(30, WAN), money(615, WAN),
                 money(370, WAN))],
        tasks=[("空气自动监测站运维", "6个空气自动监测站全年运行维护", money(150, WAN),
                "数据有效率95%以上"),
               ("地表水监测", "12个断面每月采样监测", money(120, WAN), "按月出具监测报告"),
               ("执法监测", "重点排污单位执法监测", money(100, WAN), "2027年底前完成"),
               ("金额合计", None, money(370, WAN), None)],
        goal="保障空气自动监测站稳定运行，地表水断面每月监测1次，PM2.5年均浓度控制在28微克/"
             "立方米以内，公众生态环境满意度85%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出目标", "数量", "空气自动监测站运维", "≥6个"),
        (None, None, "地表水监测断面采样", "每月1次"),
        (None, "质量", "监测数据有效率", "不低于95%"),
        (None, "时效", "突发环境事件应急监测响应时间", "≤1小时"),
        (None, None, "重点排污单位执法监测完成时间", "2027年底前"),
        (None, "成本", "空气自动监测站单站年运维成本", "≤25万元/站"),
        ("效益目标", "生态效益", "PM2.5年均浓度", "≤28微克/立方米"),
        (None, None, "空气质量优良天数比率", pct(0.92, "0.0%")),
        (None, "社会效益", "环境信访件办结率", "=100%"),
        ("满意度目标", "服务对象满意度", "公众生态环境满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    for r in range(s.r - 9, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    comment(s, s.r - 3, 4, "2026年实际值为30微克/立方米，按省定目标逐年下降。", "监测站")
    signature(s, 1, day(2026, 11, 9), who="曹雪莹", checker="邓文涛")
    return b


@variant("jg10-dept-two-columns-ok", (1, 8, 12),
         "department, NAT-2021, 实施周期指标值 and 年度指标值 columns (cumulative counts smaller "
         "for the year, rates equal), amounts 0.00\"万元\", percent cells 0.0%, a name holding "
         "2025年度, a 批注")  # fmt: skip
def dept_two_columns() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (14, 18, 30, 18, 18, 14))
    department_head(
        s, year=2027, dept="栖云市档案馆", filled=day(2026, 12, 1, CN_DATE),
        budget=[(money(1236.8, WAN), money(1206.8, WAN), money(30, WAN), money(886.8, WAN),
                 money(350, WAN))],
        tasks=[("档案数字化", "馆藏纸质档案数字化加工", money(220, WAN), "年度加工120万页"),
               ("库房改造", "2号库房温湿度控制系统改造", money(80, WAN), "库房温湿度达标"),
               ("档案编研", "地方志资料汇编", money(50, WAN), "出版编研成果2部"),
               ("金额合计", None, money(350, WAN), None)],
        goal="推进馆藏档案数字化，三年累计加工360万页、当年120万页；保障档案实体安全；"
             "提升档案利用服务水平。",
    )  # fmt: skip
    line(s, "实施周期：2027年—2029年", 1, 6)
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "馆藏档案数字化加工", "≥360万页", "≥120万页", None),
        (None, None, "接收进馆档案", "≥3万卷", "≥1万卷", None),
        (None, "质量指标", "数字化成果验收合格率", pct(0.99, "0.0%"), pct(0.99, "0.0%"), None),
        (None, None, "档案库房温湿度达标率", "≥95%", "≥95%", None),
        (None, "时效指标", "2025年度政府信息公开目录移交进馆时间", "2027年6月30日前",
         "2027年6月30日前", None),
        (None, None, "档案查阅服务时间", "工作日全天开放", "工作日全天开放", None),
        ("成本指标", "经济成本指标", "档案数字化单页成本", "≤1.8元/页", "≤1.8元/页", None),
        ("效益指标", "社会效益指标", "档案利用服务", "≥2.4万人次", "≥8000人次", None),
        (None, "可持续影响指标", "馆藏档案实体安全", "无重大安全事故", "无重大安全事故", None),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    comment(s, s.r - 9, 5, "2027年度计划加工量，按合同分两批验收。", "档案馆 办公室")
    signature(s, 1, day(2026, 12, 1, CN_DATE), who="罗晓琳", checker="黄建平")
    return b


@variant("jg11-dept-yuan-stars-ok", (1, 5, 4, 12),
         "department, OLD-NAT, budget and tasks in 元 (#,##0.00\"元\"), ★ on tier labels, a "
         "two-line header (年度目标值 over 指标值 / 计量单位), bare numbers with % in the unit "
         "column, footnotes and a signature line")  # fmt: skip
def dept_yuan_stars() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 18, 14, 16))
    title(s, "2027年度部门整体支出绩效目标申报表", 1, 6)
    s.row("部门（单位）名称", "澄溪县残疾人联合会", None, "填报日期", day(2026, 11, 26), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.row("年度预算（元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, *(money(v, YUAN) for v in (8650000, 8200000, 450000, 3150000, 5500000)))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    top = s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（元）", "期望达到的目标",
                None, merge=[(5, 6)])  # fmt: skip
    for task in (("残疾人康复服务", "基本康复训练和上门康复", money(2600000, YUAN),
                  "服务残疾人1200人以上"),
                 ("辅助器具适配", "为困难残疾人适配辅助器具", money(900000, YUAN), "适配300件以上"),
                 ("困难残疾人生活补贴", "按月发放生活补贴", money(2000000, YUAN), "应补尽补"),
                 ("金额合计", None, money(5500000, YUAN), None)):  # fmt: skip
        s.row(None, *task, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "为1200名以上残疾人提供基本康复服务，适配辅助器具300件以上，困难残疾人"
          "生活补贴按月足额发放。", merge=[(2, 6)])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "年度目标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "指标值", "计量单位", None)
    for col in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    s.table([
        ("★产出指标", "数量指标", "残疾人基本康复服务", "≥1200", "人", None),
        (None, None, "辅助器具适配", "≥300", "件", None),
        (None, "质量指标", "持证残疾人基本康复服务覆盖率", "≥85", "%", None),
        (None, "时效指标", "生活补贴发放及时率", "=100", "%", "每月10日前发放"),
        (None, "成本指标", "困难残疾人生活补贴标准", ok("90"), "元/人·月", "省定标准"),
        (None, None, "人均康复服务成本", "≤2000", "元/人", None),
        ("★效益指标", "社会效益指标", "困难残疾人生活补贴应补尽补率", "=100", "%", None),
        (None, "可持续影响指标", "残疾人康复服务体系", "逐步完善", None, None),
        ("★满意度指标", "★服务对象满意度指标", "残疾人及亲属满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    line(s, "注：1.带★的为必填指标，不得删除；2.金额单位为元；3.比率类指标在计量单位栏填%。",
         1, 6)  # fmt: skip
    signature(s, 1, day(2026, 11, 26), who="杨静", checker="谢文博")
    return b


@variant("jg12-transfer-region-ok", (1, 5, 12),
         "transfer-payment regional table, OLD-NAT: 中央补助 + 地方资金, numbered goals, ≤15/10万 "
         "and ≤5‰ rates, 65岁 in a name, a time limit after receipt of funds, a subsidy floor "
         "≥94元 (tolerated)")  # fmt: skip
def transfer_region() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 18, 34, 18, 14, 12))
    title(s, "中央对地方转移支付区域绩效目标表", 1, 6)
    line(s, "（2027年度）", 1, 6)
    s.row("转移支付名称", "基本公共卫生服务补助资金", None, None, None, None, merge=[(2, 6)])
    s.row("中央主管部门", "国家卫生健康委员会", None, "地方主管部门", "檀山县卫生健康局", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.row("资金情况（万元）", "年度资金总额", money(1560, AMOUNT), "其中：中央补助",
                money(980, AMOUNT), None)  # fmt: skip
    s.row(None, None, None, "地方资金", money(580, AMOUNT), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "目标1：适龄儿童国家免疫规划疫苗接种率保持在90%以上。\n"
          "目标2：老年人、高血压患者等重点人群健康管理水平稳步提高。\n"
          "目标3：孕产妇死亡率、婴儿死亡率控制在目标范围内。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≥90%", None),
        (None, None, "65岁及以上老年人城乡社区规范健康管理服务率", "≥62%", None),
        (None, None, "高血压患者基层规范管理服务率", "≥61%", None),
        (None, "质量指标", "居民电子健康档案动态使用率", "≥60%", None),
        (None, "时效指标", "补助资金下达时间", "收到上级资金后30日内", None),
        (None, "成本指标", "人均基本公共卫生服务经费补助标准", ok("≥94元"), "国家标准"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤15/10万", None),
        (None, None, "婴儿死亡率", "≤5‰", None),
        (None, "可持续影响指标", "基本公共卫生服务水平", "不断提高", None),
        ("满意度指标", "服务对象满意度指标", "城乡居民基本公共卫生服务满意度", "≥85%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, day(2026, 12, 2, CN_DATE), who="蒋文华", checker="唐立群",
              phone="0578-3312 6620")  # fmt: skip
    return b
