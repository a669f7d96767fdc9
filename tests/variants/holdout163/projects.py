"""Single project tables, one-year and multi-year (nq01, nq05–nq07, nq09–nq11, nq16–nq18)."""
# ruff: noqa: E501

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout163.common import HEAD2, detail, indicators, signature
from tests.variants.holdout163.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant(
    "nq01-water-repair-detail",
    (1, 12),
    "one-year project, NAT-2021, detail list with a 其他 line adding up exactly, =100% 合格率, ≤0元 超支; correct",
)
def nq01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(s, year=2026, name="农村供水设施维修养护", dept="临溪县水利局 317001",
                 unit="临溪县农村供水管理站",
                 money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(162, WAN)),
                        (None, None, "其他资金", money(18, WAN))],
                 goals=["完成全县110处农村供水设施维修养护，保障3.2万农村人口稳定供水。"])  # fmt: skip
    detail(s, [("维修材料费", 96.5, "110处×平均0.877万元"),
               ("施工劳务费", 52, "按定额测算"),
               ("水质检测费", 12.8, "64批次×0.2万元"),
               ("其他（监理、运输）", 18.7, "按实际发生测算")], 180)  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单处供水设施维修平均成本", "≤1.6万元/处"),
        (None, None, "超预算支出金额", "≤0元"),
        ("产出指标", "数量指标", "维修供水设施数量", "≥110处"),
        (None, None, "水质检测批次", "≥64批次"),
        (None, "质量指标", "维修工程验收合格率", "=100%"),
        (None, "时效指标", "维修任务完成时间", "2026年10月31日前"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥3.2万人"),
        (None, "可持续影响指标", "供水设施长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "周明远", "唐雪", 2026)
    return b


@variant(
    "nq05-training-yuan-line",
    (9, 11),
    "one-year project, NAT-2021, detail list: one line typed in 元 among 万元, a deadline written ≥30天",
)
def nq05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="新型职业农民培育", dept="白沙河区农业农村局 402",
                 unit="白沙河区农业技术推广中心",
                 money=[("年度资金总额", 240, "其中：财政拨款", 240),
                        (None, None, "其他资金", 0)],
                 goals=["培育新型职业农民600人，开展种养技术、电商营销等培训30期。"])  # fmt: skip
    detail(s, [("培训讲师费", 64, "30期×2.133万元"),
               ("教材资料费", mk(185000, "B110", "error",
                                note="18.5万元 typed in 元: the lines then add to 185221.5"),
                "600人×308元"),
               ("场地租赁费", 42, "30期×1.4万元"),
               ("学员食宿费", 98, "600人×5天×327元"),
               ("其他（保险、交通）", 17.5, "按实际测算")], 240)  # fmt: skip
    b.file_mark("B102", "error", required=False, note="caused by the 元 line")
    indicators(s, [
        ("产出指标", "数量指标", "培育新型职业农民人数", "≥600人"),
        (None, None, "举办培训期数", "≥30期"),
        (None, "质量指标", "学员结业考核合格率", "≥95%"),
        (None, "时效指标", "培训任务完成时间", "2026年11月30日前"),
        (None, None, "结业证书发放时限",
         mk("≥30天", "T108", "warning", row=True, note="a time limit takes ≤30天")),
        ("成本指标", "经济成本指标", "人均培训成本", "≤4000元/人"),
        ("效益指标", "经济效益指标", "学员人均增收", "≥2000元"),
        (None, "社会效益指标", "带动周边农户应用新技术", "≥1500户"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "罗文静", "汪海", 2026)
    return b


@variant(
    "nq06-pipe-network-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, counts below their period, a detail-free head; correct",
)
def nq06() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 30, 20, 20, 18))
    project_head(s, year=2026, years=3, name="老旧城区供水管网改造",
                 dept="青岚市住房和城乡建设局 208", unit="青岚市供排水事务中心",
                 attr="新增项目",
                 money=[("中期资金总额", money(900, WAN), "年度资金总额", money(320, WAN)),
                        ("其中：财政拨款", money(840, WAN), "其中：财政拨款", money(300, WAN)),
                        ("其他资金", money(60, WAN), "其他资金", money(20, WAN))],
                 goals=["三年改造老旧供水管网18公里，管网漏损率降至9%以下，惠及居民2.4万户。",
                        "2026年改造老旧供水管网6.5公里，完成东城片区主干管更换。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造供水管网长度", "≥18公里", "≥6.5公里"),
        (None, None, "更换入户水表数量", "≥9000块", "≥3200块"),
        (None, "质量指标", "管网工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造工程完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "≤45万元/公里", "≤45万元/公里"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥24000户", "≥8500户"),
        (None, "生态效益指标", "供水管网漏损率", "≤9%", "≤11%"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%"),
    ], head=HEAD2)  # fmt: skip
    signature(s, "季宏", "陶安琪", 2026, note="注：中期指标值为2026—2028年累计值。")
    return b


@variant(
    "nq07-archive-grant-over-total",
    (8, 12),
    "two-year project, OLD-NAT, 中期 and 年度 columns: 中期 财政拨款 above the 中期 total, an annual deadline after the project's end",
)
def nq07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 20, 20, 18))
    project_head(s, year=2026, years=2, name="馆藏档案数字化加工",
                 dept="青岚市档案馆 511", unit="青岚市档案馆", attr="新增项目",
                 end=day(2027, 6, 30),
                 money=[("中期资金总额", mk(560, "B101", "error",
                                          note="650 + 40 ≠ 560: the grant was typed 650 for 520"),
                         "年度资金总额", 260),
                        ("其中：财政拨款", ok(650, "error"), "其中：财政拨款", 240),
                        ("其他资金", 40, "其他资金", 20)],
                 goals=["2026年1月至2027年6月完成馆藏档案数字化280万页，建成档案数字资源库。",
                        "2026年完成馆藏档案数字化130万页，完成民国档案全部扫描。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "档案数字化加工页数", "≥280万页", "≥130万页"),
        (None, "质量指标", "数字化图像质检合格率", "≥99%", "≥99%"),
        (None, "时效指标", "数字化加工完成时间", "2027年6月30日前",
         mk("2027年9月30日前", "Y102", "error",
            note="the 2026 column's deadline lies after the project's end 2027-06-30")),
        (None, "成本指标", "每万页加工成本", "≤1.9万元", "≤1.9万元"),
        ("效益指标", "社会效益指标", "档案在线查阅利用人次", "≥6万人次", "≥2.5万人次"),
        (None, "可持续影响指标", "原件调阅减少比例", "≥60%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%", "≥90%"),
    ], head=HEAD2)  # fmt: skip
    signature(s, "俞晓晨", "谢广平", 2026)
    return b


@variant(
    "nq09-cost-count-satisfaction-100",
    (5, 1),
    "one-year project, NAT-2021, one value column: a count under 经济成本指标, a 满意度 ≥100%",
)
def nq09() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    project_head(s, year=2026, name="全民健身设施更新", dept="临溪县文化旅游体育局 305",
                 unit="临溪县体育事业发展中心",
                 money=[("年度资金总额", 136, "其中：财政拨款", 120),
                        (None, None, "其他资金", 16)],
                 goals=["更新行政村全民健身路径85套，新建笼式多功能运动场4片。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更新全民健身路径", "≥85套"),
        (None, None, "新建笼式多功能运动场", "≥4片"),
        (None, "质量指标", "器材安装验收合格率", "≥98%"),
        (None, "时效指标", "设施安装完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "每套健身路径采购安装成本", "≤0.9万元/套"),
        (None, None, mk("健身器材配送村数", "F201", "warning", row=True,
                        note="a count of villages, no money: 数量, not 成本"), "≥85个"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥38%"),
        (None, "可持续影响指标", "设施维护责任落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度",
         mk("≥100%", "T106", "error", note="a 满意度 cannot exceed 100 %")),
    ])  # fmt: skip
    signature(s, "邓琳", "费国强", 2026)
    return b


@variant(
    "nq10-duplicate-two-tier2s",
    (11,),
    "one-year project, OLD-NAT, one value column: the same indicator with the same value under 质量指标 and 社会效益指标",
)
def nq10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="中小学校园食堂食品安全抽检", dept="白沙河区市场监督管理局 420",
                 unit="白沙河区食品检验检测站",
                 money=[("年度资金总额", 58, "其中：财政拨款", 58),
                        (None, None, "其他资金", 0)],
                 goals=["对全区86所中小学校食堂开展食品安全监督抽检，全年抽检不少于1200批次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "食品安全抽检批次", "≥1200批次"),
        (None, None, "覆盖学校数量", "≥86所"),
        (None, "质量指标", "抽检问题食品核查处置率", "=100%"),
        (None, "时效指标", "检验报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单批次检验成本", "≤480元/批次"),
        ("效益指标", "社会效益指标",
         mk("抽检问题食品核查处置率", "D101", "warning", row=True,
            note="the 质量指标 row again, same value"), "=100%"),
        (None, None, "校园食品安全事故发生数", "=0起"),
        (None, "可持续影响指标", "校园食堂抽检常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "吴倩", "秦振华", 2026)
    return b


@variant(
    "nq11-operator-unit-columns",
    (1, 11),
    "one-year project, NAT-2021, 指标性质 as operator in words, bare numbers and a 计量单位 column, 差错率 小于等于 1; correct",
)
def nq11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 12, 12, 12))
    project_head(s, year=2026, name="不动产登记档案整理", dept="青岚市自然资源局 233",
                 unit="青岚市不动产登记中心",
                 money=[("年度资金总额", 75, "其中：财政拨款", 75),
                        (None, None, "其他资金", 0)],
                 goals=["整理不动产登记档案4.5万卷，建立电子索引，差错率控制在1%以内。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "整理登记档案", "大于等于", 4.5, "万卷"),
        (None, None, "建立电子索引条目", "大于等于", 45000, "条"),
        (None, "质量指标", "档案整理差错率", "小于等于", 1, "%"),
        (None, None, "档案整理完成率", "等于", 100, "%"),
        (None, "时效指标", "整理工作完成时限", "小于等于", 10, "月"),
        ("成本指标", "经济成本指标", "每卷档案整理成本", "小于等于", 16, "元"),
        ("效益指标", "社会效益指标", "档案查询平均用时", "小于等于", 10, "分钟"),
        (None, "可持续影响指标", "档案电子化利用率", "大于等于", 80, "%"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "黎志宏", "柏雯", 2026)
    return b


@variant(
    "nq16-deadline-after-end",
    (8,),
    "one-year project (March to November), NAT-2021, one value column: a deadline after the project's end date",
)
def nq16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="森林防火隔离带建设", dept="临溪县林业局 330",
                 unit="临溪县国有林场", attr="一次性项目",
                 start=day(2026, 3, 1), end=day(2026, 11, 30),
                 money=[("年度资金总额", money(96, WAN), "其中：财政拨款", money(90, WAN)),
                        (None, None, "其他资金", money(6, WAN))],
                 goals=["2026年3月至11月新建生物防火隔离带32公里，修复林区防火通道18公里。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建生物防火隔离带", "≥32公里"),
        (None, None, "修复林区防火通道", "≥18公里"),
        (None, "质量指标", "苗木栽植成活率", "≥90%"),
        (None, "时效指标", "隔离带建设完成时间",
         mk("2026年12月20日前", "Y102", "error",
            note="after the project's end 2026-11-30")),
        ("成本指标", "经济成本指标", "每公里隔离带建设成本", "≤2.2万元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        (None, "可持续影响指标", "防火隔离带管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "钟立群", "葛芸", 2026)
    return b


@variant(
    "nq17-clinic-two-years",
    (8, 1),
    "two-year project, NAT-2021, 中期 and 年度 columns, amounts in the number format, percent cells, =100% 完成率, 差错率 ≤1%; correct",
)
def nq17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 30, 20, 20, 18))
    project_head(s, year=2026, years=2, name="村卫生室标准化建设",
                 dept="白沙河区卫生健康局 440", unit="白沙河区基层卫生服务中心",
                 attr="新增项目",
                 money=[("中期资金总额", money(420, WAN), "年度资金总额", money(230, WAN)),
                        ("其中：财政拨款", money(380, WAN), "其中：财政拨款", money(210, WAN)),
                        ("其他资金", money(40, WAN), "其他资金", money(20, WAN))],
                 goals=["两年完成42个村卫生室标准化建设，配齐基本诊疗设备。",
                        "2026年完成23个村卫生室标准化建设和设备配备。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "标准化建设村卫生室数量", "≥42个", "≥23个"),
        (None, None, "配备基本诊疗设备套数", "≥42套", "≥23套"),
        (None, "质量指标", "建设任务验收合格率", pct(1), pct(1)),
        (None, None, "设备配备清单差错率", "≤1%", "≤1%"),
        (None, "时效指标", "年度建设任务按时完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "单个卫生室建设补助标准", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "社会效益指标", "村民15分钟就医可及率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民就医满意度", "≥90%", "≥90%"),
    ], head=HEAD2)  # fmt: skip
    signature(s, "常佳", "戚远航", 2026)
    return b


@variant(
    "nq18-operator-column-percent",
    (1, 11),
    "one-year project, NAT-2021, operator column and percent cells: a count given as a percentage, a 满意度 ≥ 100%",
)
def nq18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 16, 16))
    project_head(s, year=2026, name="城乡居民医保参保扩面", dept="青岚市医疗保障局 260",
                 unit="青岚市医疗保障事务中心",
                 money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
                        (None, None, "其他资金", money(0, WAN))],
                 goals=["全市城乡居民医保参保率稳定在97%以上，新增参保1.2万人。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值")
    s.table([
        ("产出指标", "数量指标", "新增参保人数", "≥",
         mk(pct(0.98), "T105", "error", row=True, alt=("T120", "T116", "T112", "T104"),
            note="a head count given as 98%; the goal says 1.2万人")),
        (None, None, "医保政策宣传场次", "≥", "60场"),
        (None, "质量指标", "城乡居民医保参保率", "≥", pct(0.97)),
        (None, "时效指标", "参保信息变更办结时限", "≤", "5个工作日"),
        ("成本指标", "经济成本指标", "宣传资料印制成本", "≤", "12万元"),
        ("效益指标", "社会效益指标", "困难群众资助参保率", "=", pct(1)),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥",
         mk(pct(1), "T106", "error", row=True, note="≥100% on a 满意度")),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "毕晓峰", "廉静", 2026)
    return b
