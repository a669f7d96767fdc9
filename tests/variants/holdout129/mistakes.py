"""Hard-to-read returns with one ordinary planted mistake each (two in mi17 and mi18): money
that does not add up, a full-width ≥１００％ on a capped rate, a completion rate given as a
count in a cell broken over two lines, plan dates a year off the title, tier-1 scores that the
indicator weights under them do not make up, and a 中期 count copied into 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout129.common import header2, signature
from tests.variants.holdout129.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

THOUSANDS = "#,##0.00"


@variant("mi13-money-in-yuan-off", (12,),
         "project, NAT-2021, money in 元 with thousands separators in the number format, "
         "计算方法 and 责任科室 columns; 财政拨款 + 其他资金 ≠ 年度资金总额 "
         "(digits swapped)")  # fmt: skip
def money_in_yuan_off() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 16, 26, 16, 28, 14))
    project_head(
        s, year=2026, name="柘川县农产品质量安全检测能力提升项目", dept="柘川县农业农村局",
        unit="柘川县农产品质量安全检测站", money_label="项目资金（元）",
        money=[("年度资金总额", mk(money(2865000, THOUSANDS), "B101", "error",
                                  note="2,600,000 + 256,000 = 2,856,000"),
                "其中：财政拨款", money(2600000, THOUSANDS)),
               ("其他资金", money(256000, THOUSANDS), None, None)],
        goals=["全年完成农产品定量检测4800批次、快速检测26000批次，培训检测人员150人次，"
               "主要农产品质量安全监测合格率保持在98%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计算方法", "责任科室")
    s.table([
        ("产出指标", "数量指标", "农产品定量检测批次", "≥4800批次", "检测报告累计", "检测室"),
        (None, None, "农产品快速检测批次", "≥26000批次", "快检台账累计", "检测室"),
        (None, None, "检测人员培训人次", "≥150人次", "签到人次累计", "综合股"),
        (None, "质量指标", "检测结果准确率", "≥98%", "能力验证合格项÷参加项×100%", "质控室"),
        (None, "时效指标", "检测报告出具时间", "≤5个工作日", "收样至出具报告", "检测室"),
        ("成本指标", "经济成本指标", "定量检测单批次成本", "≤360元/批次", "检测支出÷检测批次",
         "财务股"),
        ("效益指标", "社会效益指标", "主要农产品质量安全监测合格率", "≥98%",
         "合格批次÷监测批次×100%", "检测室"),
        (None, "可持续影响指标", "检测体系运行", "稳定运行", "全年无中断", "综合股"),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%", "抽样问卷", "综合股"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "曹永安", "易楠", "0745-3347715", "2025年11月4日")
    return b


@variant("mi14-full-width-ceiling", (1,),
         "project, NAT-2021, values in full-width digits and signs, 指标解释 · 数据来源 · 责任科室 "
         "columns; a capped rate written ≥１００％")  # fmt: skip
def full_width_ceiling() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 16, 26, 16, 26, 16, 12))
    project_head(
        s, year=2026, name="青苇市城区排水管网清淤项目", dept="青苇市城市管理局",
        unit="青苇市排水管理处",
        money=[("年度资金总额", money(218, WAN), "其中：财政拨款", money(200, WAN)),
               ("其他资金", money(18, WAN), None, None)],
        goals=["汛前完成城区86公里排水管网清淤和3200座检查井清掏，消除内涝点12个，"
               "保障城区安全度汛。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "数据来源", "责任科室")
    s.table([
        ("产出指标", "数量指标", "清淤排水管网长度", "≥８６公里", "主次干道雨污水管", "清淤台账",
         "养护科"),
        (None, None, "清掏检查井数量", "≥３２００座", "含雨水口", "清淤台账", "养护科"),
        (None, "质量指标", "清淤验收合格率",
         mk("≥１００％", "T106", "error", note="a 合格率 is capped: ≥100% cannot be exceeded"),
         "淤积深度不超过管径1/5", "验收记录", "养护科"),
        (None, None, "淤泥无害化处置率", "１００％", "运至指定处置场", "转运联单", "养护科"),
        (None, "时效指标", "汛前清淤完成时间", "２０２６年５月３１日前", "主汛期前完成", "验收记录",
         "养护科"),
        ("成本指标", "经济成本指标", "管网清淤单位成本", "≤１８０００元/公里", "含淤泥外运",
         "结算资料", "财务科"),
        (None, None, "检查井清掏单价", "≤１２０元/座", "含垃圾外运", "结算资料", "财务科"),
        ("效益指标", "社会效益指标", "城区内涝点消除数量", "≥１２个", "上年排查的内涝点",
         "内涝点台账", "防汛办"),
        (None, "可持续影响指标", "管网养护长效机制", "健全", "建立定期巡查清淤制度", "制度文件",
         "养护科"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥９０％", "抽样问卷", "问卷调查",
         "办公室"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "罗建华", "白雪", "0712-5523384", "2025年11月7日")
    return b


@variant("mi15-multiline-rate-count", (4, 7),
         "project, OLD-NAT, names and values broken over lines, a 评分标准 column; a 完成率 "
         "given as a count of classes (≥12\\n期)")  # fmt: skip
def multiline_rate_count() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 24, 14, 30))
    project_head(
        s, year=2026, name="鹿溪区社区工作者能力提升培训项目", dept="鹿溪区民政局",
        unit="鹿溪区社区建设指导中心",
        money=[("年度资金总额", money(62, WAN), "其中：财政拨款", money(62, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年举办社区工作者培训班12期，培训1500人次，参训人员考核合格率90%以上，"
               "社区工作者持证上岗率达到70%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "评分标准")
    s.table([
        ("产出指标", "数量指标", "社区工作者\n培训人次", "≥1500\n人次", "按完成比例得分"),
        (None, None, "培训计划\n完成率",
         mk("≥12\n期", "T105", "error", note="a completion rate needs a percentage"),
         "每少1期扣2分"),
        (None, "质量指标", "培训考核\n合格率", "≥90%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "年度培训\n完成时间", "2026年11月30日前", "逾期不得分"),
        (None, "成本指标", "人均培训成本", "≤380元/人次", "超标准不得分"),
        ("效益指标", "社会效益指标", "社区工作者\n持证上岗率", "≥70%", "按比例得分"),
        (None, "可持续影响指标", "社区工作者培训\n长效机制", "建立并执行", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "参训学员\n满意度", "≥90%", "每低1个百分点扣1分"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "彭晓光", "薛宁", "0758-8870264", "2025年10月27日")
    return b


@variant("mi16-two-sheets-year-off", (7,),
         "project: head on sheet 基本信息 (title 2026年度, plan dates in 2025), indicators on "
         "sheet 绩效指标 with 计算方法 and 数据来源 columns")  # fmt: skip
def two_sheets_year_off() -> Book:
    b = Book()
    s = b.sheet("基本信息")
    project_head(
        s, year=2026, name="望屏市中心城区公共自行车系统运维项目", dept="望屏市交通运输局",
        unit="望屏市公共交通服务中心", start=day(2025, 1, 1), end=day(2025, 12, 31),
        money=[("年度资金总额", money(310, WAN), "其中：财政拨款", money(280, WAN)),
               ("其他资金", money(30, WAN), None, None)],
        goals=["2026年保障中心城区260个公共自行车站点、5200辆自行车正常运行，"
               "全年骑行量不低于600万人次。"],
    )  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="title and goal say 2026, the plan dates 2025-01-01 to 2025-12-31",
    )
    t = b.sheet("绩效指标", (12, 16, 26, 16, 28, 16))
    t.row("一级指标", "二级指标", "三级指标", "指标值", "计算方法", "数据来源")
    t.table([
        ("产出指标", "数量指标", "运维公共自行车站点", "≥260个", "在运站点数", "运维平台"),
        (None, None, "运营自行车数量", "≥5200辆", "在册可用车辆", "运维平台"),
        (None, "质量指标", "车辆完好率", "≥95%", "完好车辆÷在册车辆×100%", "巡检记录"),
        (None, "时效指标", "故障车辆修复时间", "≤48小时", "报修至修复", "工单系统"),
        ("成本指标", "经济成本指标", "单车年度运维成本", "≤550元/辆", "运维支出÷车辆数",
         "财务账簿"),
        ("效益指标", "社会效益指标", "全年骑行量", "≥600万人次", "平台骑行记录累计", "运维平台"),
        (None, "生态效益指标", "折算减少碳排放量", "≥1200吨", "按骑行里程折算", "测算报告"),
        (None, "可持续影响指标", "站点运维巡检制度", "健全", "每日巡检", "制度文件"),
        ("满意度指标", "服务对象满意度指标", "市民骑行满意度", "≥90%", "平台问卷", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    signature(t, "贺春林", "戴青", "0736-2283390", "2025年10月24日")
    return b


@variant("mi17-tier-scores-off", (5, 10),
         "project, NAT-2021, tier-1 labels with scores beside a per-indicator 分值 column: the "
         "产出 indicators add to 45 against （40分）, the 效益 ones to 25 against "
         "（30分）")  # fmt: skip
def tier_scores_off() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 14, 26, 16, 8, 14))
    project_head(
        s, year=2026, name="临岙县高标准农田灌溉设施管护项目", dept="临岙县农业农村局",
        unit="临岙县农田水利服务站",
        money=[("年度资金总额", money(138, WAN), "其中：财政拨款", money(126, WAN)),
               ("其他资金", money(12, WAN), None, None)],
        goals=["对已建成的6.5万亩高标准农田灌溉设施开展管护，维修泵站22座、渠道48公里，"
               "保障灌溉面积稳定。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.table([
        (mk("产出指标（40分）", "W103", "error", note="10+10+8+9+8 = 45"), "数量指标",
         "管护高标准农田面积", "≥6.5万亩", 10, None),
        (None, None, "维修灌溉泵站", "≥22座", 10, None),
        (None, None, "维修灌排渠道", "≥48公里", 8, None),
        (None, "质量指标", "维修工程验收合格率", pct(1), 9, None),
        (None, "时效指标", "春灌前维修完成时间", "2026年3月31日前", 8, None),
        ("成本指标（20分）", "经济成本指标", "泵站平均维修费用", "≤2.5万元/座", 10, None),
        (None, None, "渠道维修单位成本", "≤1.2万元/公里", 10, None),
        (mk("效益指标（30分）", "W103", "error", note="15+10 = 25"), "经济效益指标",
         "有效灌溉面积", "≥6.3万亩", 15, None),
        (None, "可持续影响指标", "灌溉设施管护责任落实率", pct(1), 10, None),
        ("满意度指标（10分）", "服务对象满意度指标", "受益农户满意度", "≥90%", 10, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    signature(s, "骆云飞", "石慧", "0734-7738126", "2025年11月14日")
    return b


@variant("mi18-two-row-header-copied", (8, 11),
         "three-year project, NAT-2021, header on two rows (指标值 over 中期 and 年度) with a "
         "数据来源 column: a cumulative count copied into 年度, a 超标率 with ≥")  # fmt: skip
def two_row_header_copied() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 16, 26, 16, 16, 16))
    project_head(
        s, year=2026, years=3, name="柘川县农村生活污水治理项目", dept="柘川县生态环境局",
        unit="柘川县农村环境整治中心", attr="新增项目",
        money=[("中期资金总额", money(3600, WAN), "年度资金总额", money(1200, WAN)),
               ("其中：财政拨款", money(3300, WAN), "其中：财政拨款", money(1100, WAN)),
               ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
        goals=["2026—2028年新建村级污水处理站点45个，铺设污水管网120公里，"
               "农村生活污水治理率达到75%以上。",
               "2026年新建村级污水处理站点15个，铺设污水管网40公里，"
               "农村生活污水治理率达到55%以上。"],
    )  # fmt: skip
    header2(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, "数据来源"),
        (None, None, None, "中期指标值", "年度指标值", None),
        spans=[(4, 5)],
    )
    s.table([
        ("产出指标", "数量指标", "新建村级污水处理站点", "≥45个",
         mk("≥45个", "D202", "warning", alt=("D104",),
            note="the period's 45 copied: the annual goal says 15"), "竣工资料"),
        (None, None, "铺设污水管网长度", "≥120公里", "≥40公里", "竣工资料"),
        (None, "质量指标", "设备安装调试合格率", pct(1), pct(1), "调试报告"),
        (None, "时效指标", "年度建设任务完成时间", "每年11月30日前", "2026年11月30日前",
         "验收资料"),
        ("成本指标", "经济成本指标", "站点平均建设成本", "≤42万元/个", "≤42万元/个", "结算资料"),
        (None, None, "污水管网单位造价", "≤12万元/公里", "≤12万元/公里", "结算资料"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥75%", "≥55%", "年度核查"),
        (None, None, "站点出水水质超标率",
         mk("≥5%", "T108", "warning", row=True, note="an exceedance rate is 反向: ≤ meant"),
         "≥5%", "监测报告"),
        (None, "社会效益指标", "受益农户数", "≥2.4万户", "≥0.8万户", "入户台账"),
        (None, "可持续影响指标", "站点运维管理机制", "健全", "健全", "制度文件"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "龚振华", "陶然", "0745-3351906", "2025年10月22日")
    return b
