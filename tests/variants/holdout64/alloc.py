"""Allocation tables: counties, streets or schools with 分配金额 │ 其中：中央 │ 省级 and a 合计 row,
小计 rows of groups, a count column (人, 个) beside the amounts, a 占比 column in %, and a
department table whose task amounts sit under a 其中 spread over two rows (jv07–jv12)."""

from __future__ import annotations

from tests.variants.holdout64.common import goal, head, indicators, sign
from tests.variants.holdout64.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct


@variant(
    "jv07-county-allocation",
    (2, 12),
    "transfer project, NAT-2021, indicators on the first sheet, a 资金分配表 "
    "sheet of counties (受益人数 │ 分配金额 │ 其中：中央 │ 省级) with 合计",
)
def jv07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    head(s, title="澜江市2026年困难残疾人生活补贴资金绩效目标表", name="困难残疾人生活补贴",
         dept="澜江市残疾人联合会", unit="澜江市残疾人联合会（各县市区残联具体实施）",
         year=2026, attr="常年项目")  # fmt: skip
    s.row("资金情况", "资金总额", "其中：中央", "省级", "备注", None, merge=[(5, 6)])
    s.row("金额（万元）", money(2160, WAN), money(1296, WAN), money(864, WAN),
          "分县明细见资金分配表", None, merge=[(5, 6)])  # fmt: skip
    goal(s, "按每人每月100元标准向全市18000名困难残疾人发放生活补贴，保障其基本生活。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "补贴发放人数", "≥18000人"),
            (None, None, "补贴发放月数", "=12个月"),
            (None, "质量指标", "补贴对象认定准确率", pct(1)),
            (None, None, "补贴资金社会化发放率", pct(1)),
            (None, "时效指标", "补贴按月发放及时率", pct(0.98)),
            (
                "成本指标",
                "经济成本指标",
                "补贴标准",
                ok("=100元/人·月", note="a fixed subsidy standard: = is meant"),
            ),
            ("效益指标", "社会效益指标", "困难残疾人基本生活保障水平", "有效提升"),
            (None, None, "应补尽补率", pct(1)),
            (None, "可持续影响指标", "补贴动态管理机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "梁慧", "0772-2816034", month=12, d=6)

    a = b.sheet("资金分配表", widths=(8, 16, 16, 16, 14, 14, 20))
    a.title("2026年困难残疾人生活补贴资金分配表", 7)
    a.row("单位：万元", None, None, None, None, None, None, merge=[(1, 7)])
    a.row("序号", "县（市、区）", "受益人数（人）", "分配金额", "其中：中央", "省级", "备注")
    lines = [("青梧县", 5200), ("岚溪县", 4300), ("鹤沙县", 3800), ("柘塘县", 2900),
             ("桐浦区", 1800)]  # fmt: skip
    tot = [0, 0.0, 0.0, 0.0]
    for i, (name, n) in enumerate(lines, start=1):
        amt = round(n * 0.12, 2)
        cen = round(amt * 0.6, 2)
        prov = round(amt - cen, 2)
        a.row(i, name, n, money(amt), money(cen), money(prov), "按100元/人·月测算")
        tot = [tot[0] + n, tot[1] + amt, tot[2] + cen, tot[3] + prov]
    a.row("合计", None, tot[0], money(round(tot[1], 2)), money(round(tot[2], 2)),
          money(round(tot[3], 2)), None, merge=[(1, 2)])  # fmt: skip
    return b


@variant(
    "jv08-street-subtotals",
    (4, 12),
    "project, OLD-NAT, streets grouped with 小计 rows inside an allocation table "
    "(覆盖小区（个） │ 分配金额), a 合计 row, then the indicator table",
)
def jv08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    head(s, title="2027年度项目支出绩效目标申报表", name="桐浦区生活垃圾分类运行补助",
         dept="桐浦区城市管理局", unit="桐浦区环境卫生管理所", year=2027)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", "其中：财政拨款", "其他资金", None, None, merge=[(4, 6)])
    s.row(None, money(546), money(546), money(0), None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("资金分配", "街道（镇）", "覆盖小区（个）", "分配金额", "备注", None, merge=[(5, 6)])
    top = s.r
    groups = [
        ("城区街道", [("江滨街道", 46), ("望湖街道", 38), ("南苑街道", 41), ("北门街道", 29)]),
        ("乡镇", [("杉坪镇", 12), ("石埠镇", 9), ("柳塘镇", 7)]),
    ]
    grand_n, grand_amt = 0, 0.0
    for label, rows in groups:
        gn, gamt = 0, 0.0
        for name, n in rows:
            amt = n * 3.0
            s.row(None, name, n, money(amt), "按3万元/个小区核定", None, merge=[(5, 6)])
            gn, gamt = gn + n, gamt + amt
        s.row(None, f"{label}小计", gn, money(gamt), None, None, merge=[(5, 6)])
        grand_n, grand_amt = grand_n + gn, grand_amt + gamt
    s.row(None, "合计", grand_n, money(grand_amt), None, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goal(s, "对全区182个生活垃圾分类小区给予运行补助，提升分类投放准确率和资源化利用水平。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "补助垃圾分类小区数量", "≥182个"),
            (None, None, "配备分类督导员", "≥360人"),
            (None, None, "开展分类宣传活动", "≥120场"),
            (None, "质量指标", "居民分类投放准确率", "≥80%"),
            (None, None, "分类收运车辆密闭化率", pct(1)),
            (None, "时效指标", "其他垃圾日产日清率", pct(1)),
            (None, "成本指标", "小区运行补助标准", "≤3万元/个"),
            ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥38%"),
            (None, "社会效益指标", "居民垃圾分类知晓率", "≥95%"),
            (None, "可持续影响指标", "垃圾分类长效管理机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥88%"),
        ],
    )
    sign(s, 2027, "邱建国", "0571-8830256")
    return b


@variant(
    "jv09-line-parts-exceed",
    (2, 12),
    "transfer project, OLD-NAT, county allocation (分配金额 │ 其中：中央 │ 省级 "
    "│ 备注, 合计): one county's 中央 + 省级 exceed its amount",
)
def jv09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 30, 16, 16, 20))
    head(s, title="青岚市2026年义务教育薄弱环节改善与能力提升补助资金绩效目标表",
         name="义务教育薄弱环节改善与能力提升", dept="青岚市教育局",
         unit="各县（市、区）教育局", year=2026, attr="一次性项目")  # fmt: skip
    s.row("资金分配（万元）", "县（市、区）", "分配金额", "其中：中央", "省级", "备注")
    top = s.r
    lines = [("青梧县", 860, 602, 258), ("岚溪县", 740, 518, 222), ("鹤沙县", 690, 523, 207),
             ("柘塘县", 520, 364, 156), ("桐浦区", 390, 273, 117)]  # fmt: skip
    for name, amt, cen, prov in lines:
        if name == "鹤沙县":
            s.row(None, name, mk(money(amt), "B101", "error", row=True, alt=("B102",),
                                 note="523 + 207 = 730 exceeds the county's 690"),
                  money(cen), money(prov), "含寄宿制学校改造")  # fmt: skip
        else:
            s.row(None, name, money(amt), money(cen), money(prov), None)
    s.row(None, "合计", mk(money(3200), "B101", "error", row=True, required=False,
                           alt=("B102",), note="follows from 鹤沙县's line"),
          money(2280), money(960), None)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goal(s, "改善农村义务教育学校基本办学条件，完成校舍改造和设施设备配备，提升办学能力。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "改造校舍面积", "≥2.4万平方米"),
            (None, None, "受益学校数量", "≥46所"),
            (None, None, "配备教学仪器设备", "≥1800台（套）"),
            (None, "质量指标", "校舍改造工程验收合格率", pct(1)),
            (None, None, "设备采购验收合格率", pct(1)),
            (None, "时效指标", "资金下达及时率", pct(1)),
            (None, "成本指标", "校舍改造单位造价", "≤1000元/平方米"),
            ("效益指标", "社会效益指标", "农村学校办学条件", "明显改善"),
            (None, None, "受益学生人数", "≥3.1万人"),
            (None, "可持续影响指标", "学校设施设备管护机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "唐立新", "0734-8260417", month=12, d=20)
    return b


@variant(
    "jv10-schools-share",
    (1, 12),
    "project, NAT-2021, school allocation in 元 (学生数（人） │ 标准（元/人） │ "
    "金额 with separators │ 占比 in %), then indicators",
)
def jv10() -> Book:
    b = Book()
    s = b.sheet("营养改善计划")
    head(s, title="2027年度项目支出绩效目标申报表", name="鹤沙县农村义务教育学生营养改善计划",
         dept="鹤沙县教育局", unit="鹤沙县学生资助管理中心", year=2027,
         attr="常年项目")  # fmt: skip
    s.row("项目资金（元）", "资金总额", "其中：财政拨款", "其他资金", None, None, merge=[(4, 6)])
    s.row(None, money(1_250_000, "#,##0"), money(1_250_000, "#,##0"), money(0, "#,##0"), None,
          None, merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("学校", "学生数（人）", "标准（元/人·年）", "金额（元）", "占比", "备注")
    schools = [("鹤沙县第一中学", 300), ("鹤沙县实验小学", 250), ("沙湾镇中心小学", 200),
               ("白鹭镇中心小学", 175), ("鹤沙县第二中学", 325)]  # fmt: skip
    for name, n in schools:
        s.row(name, n, 1000, money(n * 1000, "#,##0"), pct(n / 1250, "0.0%"), None)
    s.row("合计", 1250, None, money(1_250_000, "#,##0"), pct(1, "0.0%"), None)
    goal(s, "为全县1250名农村义务教育学生提供营养膳食补助，改善学生营养健康状况。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "受助学生人数", "≥1250人"),
            (None, None, "覆盖学校数量", "=5所"),
            (None, "质量指标", "食堂供餐食品安全抽检合格率", pct(1)),
            (None, None, "学生营养膳食达标率", pct(0.95)),
            (None, "时效指标", "补助资金按学期拨付及时率", pct(1)),
            ("成本指标", "经济成本指标", "营养膳食补助标准", "≤1000元/人·年"),
            ("效益指标", "社会效益指标", "学生营养健康状况", "持续改善"),
            (None, None, "学生体质健康达标率", "≥92%"),
            (None, "可持续影响指标", "学校食堂供餐管理制度", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
        ],
    )
    sign(s, 2027, "黎春燕", "0743-5128866", month=11, d=12)
    return b


@variant(
    "jv11-column-not-total",
    (2, 11, 12),
    "project, NAT-2021, township health centres (分配金额 │ 其中：中央 │ 省级), "
    "the 中央 column does not add up to its 合计; a waiting time with ≥",
)
def jv11() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(16, 18, 30, 16, 16, 16))
    head(s, title="2026年度项目支出绩效目标表", name="柘塘县基层医疗卫生机构能力提升",
         dept="柘塘县卫生健康局", unit="柘塘县各乡镇卫生院", year=2026)  # fmt: skip
    s.row("资金分配（万元）", "卫生院", "分配金额", "其中：中央", "省级", "备注")
    top = s.r
    lines = [("潭口镇卫生院", 180, 120, 60), ("枫坳乡卫生院", 150, 100, 50),
             ("石门镇卫生院", 210, 140, 70), ("长冲乡卫生院", 120, 80, 40),
             ("柘塘镇中心卫生院", 240, 160, 80)]  # fmt: skip
    for name, amt, cen, prov in lines:
        s.row(None, name, money(amt), money(cen), money(prov), None)
    s.row(None, "合计", money(900),
          mk(money(620), "B102", "error", row=True, alt=("B101",),
             note="120 + 100 + 140 + 80 + 160 = 600, not 620"),
          money(300), None)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    goal(s, "为5所乡镇卫生院配置诊疗设备，开展医务人员培训，提升基层诊疗服务能力。")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "配置诊疗设备", "≥95台（套）"),
            (None, None, "培训基层医务人员", "≥260人次"),
            (None, None, "支持乡镇卫生院数量", "=5所"),
            (None, "质量指标", "设备验收合格率", pct(1)),
            (None, None, "培训考核合格率", "≥95%"),
            (None, "时效指标", "设备到位投入使用时间", "2026年10月31日前"),
            (
                None,
                None,
                "门诊患者平均候诊时间",
                mk(
                    "≥30分钟",
                    "T108",
                    "warning",
                    row=True,
                    note="a waiting time is 反向: ≤ is meant",
                ),
            ),
            ("成本指标", "经济成本指标", "设备平均采购单价", "≤5.5万元/台（套）"),
            ("效益指标", "社会效益指标", "基层诊疗量占比", "≥60%"),
            (None, None, "县域内就诊率", "≥90%"),
            (None, "可持续影响指标", "设备运行维护机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%"),
        ],
    )
    sign(s, 2026, "欧阳明", "0744-3350129")
    return b


@variant(
    "jv12-department-two-row",
    (12,),
    "department table, NAT-2021, 年度预算 grid with a 占比 row, task amounts "
    "under 预算金额 spread over two rows (总额 │ 财政拨款 │ 其他资金), 金额合计",
)
def jv12() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 20, 30, 14, 14, 14, 24))
    s.title("2027年度部门整体支出绩效目标申报表", 7)
    s.row("部门（单位）名称", "岚溪县农业农村局", None, "填报日期", day(2026, 11, 25, CN_DATE),
          None, None, merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row(
        "年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出", None
    )
    s.row(None, money(2000), money(1840), money(160), money(1200), money(800), None)
    s.row(None, "占比", pct(0.92), pct(0.08), pct(0.6), pct(0.4), None)
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", None, None,
          "期望达到的目标", merge=[(4, 6)])  # fmt: skip
    s.row(None, None, None, "总额", "其中：财政拨款", "其他资金", None)
    top = s.r - 1
    for c in (2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    tasks = [
        ("高标准农田建设管理", "项目监管、竣工验收和管护", 260, 240, 20, "验收合格率100%"),
        ("动物疫病防控", "强制免疫、监测和无害化处理", 180, 180, 0, "不发生区域性重大动物疫情"),
        ("农产品质量安全监管", "例行监测和监督抽检", 150, 150, 0, "抽检合格率≥98%"),
        ("农技推广服务", "农技人员培训和示范基地建设", 210, 190, 20, "主推技术到位率≥95%"),
    ]
    for name, what, amt, fin, oth, aim in tasks:
        s.row(None, name, what, money(amt), money(fin), money(oth), aim)
    s.row(None, "金额合计", None, money(800), money(760), money(40), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "保障农业生产安全和农产品质量安全，推进高标准农田建设和农技推广，"
          "促进农业增效、农民增收。", merge=[(2, 7)])  # fmt: skip
    indicators(
        s,
        [
            ("产出指标", "数量指标", "高标准农田项目验收面积", "≥1.2万亩"),
            (None, None, "畜禽强制免疫数量", "≥85万头（只）"),
            (None, None, "农产品质量安全抽检批次", "≥1500批次"),
            (None, None, "培训农技人员", "≥300人次"),
            (None, "质量指标", "高标准农田项目验收合格率", pct(1)),
            (None, None, "农产品质量安全抽检合格率", "≥98%"),
            (None, None, "主推技术到位率", "≥95%"),
            (None, "时效指标", "动物疫情报告及时率", pct(1)),
            ("成本指标", "经济成本指标", "日常公用经费支出", "≤180万元"),
            ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", "≥6%"),
            (None, "社会效益指标", "区域性重大动物疫情发生次数", "=0次"),
            (None, "生态效益指标", "农作物秸秆综合利用率", "≥90%"),
            (None, "可持续影响指标", "农业生产社会化服务体系", "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "农户及经营主体满意度", "≥90%"),
        ],
        header=("一级指标", "二级指标", "三级指标", "年度指标值"),
    )
    s.row("填报人：", "罗佳怡", "联系电话：", "0739-6605128", "单位负责人：", None, None)
    return b
