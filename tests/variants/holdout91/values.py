"""Values that are hard to read: ranges (85%-90%, 3-5个), qualitative values, deadlines
(2026年12月31日前, 第三季度), numbers kept with custom formats; three with a planted mistake
(kw12–kw18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout91.common import footer, one_year
from tests.variants.holdout91.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, ok, pct

WIDE = (16, 18, 30, 14, 16, 16)


@variant("kw12-ranges", (1,), "project, NAT-2021: one value column with ranges (3-5个, "
         "10-12场, 8-10万元/个, 85%-90%, 68%-70%) beside ≥/≤ values and grades")  # fmt: skip
def kw12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="森林防火能力提升", dept="岚溪县林业局（223）",
                 unit="岚溪县森林防火指挥中心", money=one_year(260, 240, 20),
                 goals=["新建森林防火检查站3-5个，完善视频监控和扑火队伍，森林火灾受害率控制在"
                        "0.9‰以内。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "新建森林防火检查站", "3-5个"),
        (None, None, "开展森林防火宣传活动", "10-12场"),
        (None, None, "组建半专业扑火队", "≥8支"),
        (None, None, "维护防火隔离带长度", "≥35公里"),
        (None, "质量指标", "森林火灾受害率", "≤0.9‰"),
        (None, None, "重点林区视频监控覆盖率", "85%-90%"),
        (None, "时效指标", "火情报告时限", "≤30分钟"),
        (None, None, "防火设施检修完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "检查站单个建设成本",
         ok("8-10万元/个", note="成本上限写成区间，可提示改为≤10万元/个")),
        ("效益指标", "生态效益指标", "森林覆盖率", "保持在68%-70%"),
        (None, "社会效益指标", "重特大森林火灾", "不发生"),
        (None, "可持续影响指标", "森林防火群防群治机制", "有效运行"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "黄松", "0596-6270518", "2025年11月13日")
    return b


@variant("kw13-qualitative", (1,), "project, NAT-2021: a 指标值类型 column (定量/定性) beside "
         "qualitative values (良好, 有效提升, 逐步改善, 达到国家标准) and numbers")  # fmt: skip
def kw13() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=WIDE)
    project_head(s, year=2026, name="市容环境整治提升", dept="松河市城市管理局（121）",
                 unit="松河市市容环境卫生服务中心", money=one_year(540, 540, 0),
                 goals=["整治背街小巷45条，规范户外广告招牌，"
                        "提升城市市容环境和精细化管理水平。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值类型")
    s.table([
        ("产出指标", "数量指标", "整治背街小巷", "≥45条", "定量"),
        (None, None, "规范设置户外广告招牌", "≥600块", "定量"),
        (None, None, "清理乱堆乱放点位", "≥1200处", "定量"),
        (None, "质量指标", "整治工程质量", "良好", "定性"),
        (None, None, "主次干道机械化清扫率", "≥90%", "定量"),
        (None, "时效指标", "整治任务完成时间", "2026年11月30日前", "定量"),
        ("成本指标", "经济成本指标", "背街小巷整治平均成本", "≤9万元/条", "定量"),
        ("效益指标", "社会效益指标", "城市市容环境", "有效提升", "定性"),
        (None, None, "市容类群众投诉", "逐步减少", "定性"),
        (None, "生态效益指标", "道路扬尘控制", "达到国家标准", "定性"),
        (None, "可持续影响指标", "城市精细化管理水平", "逐步改善", "定性"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "定量"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "孙洁", "0593-2276641", "2025年11月24日")
    return b


@variant("kw14-deadlines", (1, 8), "project, NAT-2021: deadlines as text (2026年4月30日前, "
         "2026年第三季度), as a date cell and in 工作日; "
         "a 计量单位 column, \"≥\"0% format")  # fmt: skip
def kw14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="老旧小区改造", dept="青岚市住房和城乡建设局（336）",
                 unit="青岚市城市更新服务中心", money=one_year(2600, 2000, 600),
                 goals=["改造老旧小区18个，惠及居民5200户以上，加装电梯30部，"
                        "改善居民居住条件。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "改造老旧小区", "≥18", "个"),
        (None, None, "惠及居民户数", "≥5200", "户"),
        (None, None, "既有住宅加装电梯", "≥30", "部"),
        (None, "质量指标", "竣工验收合格率", pct(1), "%"),
        (None, "时效指标", "项目开工时间", "2026年4月30日前", None),
        (None, None, "主体工程完工时间", "2026年第三季度", None),
        (None, None, "竣工验收时间", day(2026, 12, 31, CN_DATE), None),
        (None, None, "加装电梯审批办结时限", "≤15", "个工作日"),
        ("成本指标", "经济成本指标", "户均改造成本", "≤0.5", "万元/户"),
        ("效益指标", "社会效益指标", "小区居住环境", "明显改善", None),
        (None, "可持续影响指标", "小区长效管理机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", C(0.9, '"≥"0%'), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "钱越", "0598-7726153", "2025年11月21日")
    return b


@variant("kw15-custom-formats", (1, 9), "project, NAT-2021: numbers kept with custom formats "
         "(\"≥\"0\"顶\", 0\"个\", \"≤\"0.00\"万元\", \"≥\"0%, 0%), "
         "a date cell, a 备注 column")  # fmt: skip
def kw15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="县级应急物资储备", dept="槐川县应急管理局（411）",
                 unit="槐川县应急物资储备库", money=one_year(180, 180, 0),
                 goals=["补充县级应急物资储备，确保灾害发生后6小时内物资调拨到位，"
                        "保障受灾群众基本生活。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "储备救灾帐篷", C(500, '"≥"0"顶"'), None),
        (None, None, "储备折叠床", C(1200, '"≥"0"张"'), None),
        (None, None, "储备救生衣", C(800, '"≥"0"件"'), None),
        (None, None, "应急物资储备点", C(3, '0"个"'), "县库1个、片区库2个"),
        (None, "质量指标", "物资入库验收合格率", pct(1), None),
        (None, None, "物资账实相符率", pct(1), "年度盘点"),
        (None, "时效指标", "应急物资调拨到位时限", C(6, '"≤"0"小时"'), None),
        (None, None, "物资采购完成时间", day(2026, 9, 30, CN_DATE), "汛期前"),
        ("成本指标", "经济成本指标", "物资采购成本", C(150, '"≤"0.00"万元"'), None),
        (None, None, "仓储管理费用", C(30, '"≤"0.00"万元"'), None),
        ("效益指标", "社会效益指标", "受灾群众基本生活救助及时率", C(0.95, '"≥"0%'), None),
        (None, None, "基层应急保障能力", "有效提升", None),
        (None, "可持续影响指标", "应急物资轮换机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", C(0.9, '"≥"0.0%'), None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "冯涛", "0597-3378420", "2025年11月14日")
    return b


@variant("kw16-deadline-wrong-year", (1, 8), "project, NAT-2021: deadlines as text and a "
         "比较符-free value column; one deadline in the year before the budget year")  # fmt: skip
def kw16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="全民健身设施补短板", dept="白沙河区教育体育局（512）",
                 unit="白沙河区全民健身服务中心", money=one_year(210, 200, 10),
                 goals=["新建社区健身路径25个、多功能运动场3个，更新老旧健身器材，"
                        "完善15分钟健身圈。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "新建社区健身路径", "≥25个"),
        (None, None, "新建多功能运动场", "≥3个"),
        (None, None, "更新老旧健身器材", "≥300件"),
        (None, "质量指标", "健身器材验收合格率", "100%"),
        (None, None, "健身设施完好率", "≥95%"),
        (None, "时效指标", "健身路径安装完成时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y101",),
            note="2026年度项目的完成时限写成2025年")),
        (None, None, "多功能运动场竣工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "健身路径单个建设成本", "≤4万元/个"),
        (None, None, "多功能运动场单个建设成本", "≤30万元/个"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥40%"),
        (None, None, "全民健身公共服务水平", "有效提升"),
        (None, "可持续影响指标", "健身设施管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "蒋峰", "0595-8849307", "2025年11月19日")
    return b


@variant("kw17-rate-count", (1, 4), "project, NAT-2021: one value column and a 备注 column "
         "with notes; a 办结率 given as a count of cases")  # fmt: skip
def kw17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="法律援助服务", dept="松河市司法局（124）",
                 unit="松河市法律援助中心", money=one_year(180, 180, 0),
                 goals=["办理法律援助案件1200件以上，法律援助工作站覆盖全部镇街，"
                        "维护困难群众合法权益。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "办理法律援助案件", "≥1200件", "含刑事、民事、行政案件"),
        (None, None, "提供法律咨询", "≥9000人次", "含12348热线"),
        (None, None, "镇街法律援助工作站", "≥16个", "全覆盖"),
        (None, "质量指标", "法律援助案件办结率",
         mk("1200件", "T105", "error", note="率填成了件数"), None),
        (None, None, "案件质量评查合格率", "≥95%", "抽查比例不低于10%"),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", "自受理之日起"),
        ("成本指标", "经济成本指标", "案件平均办案补贴", "≤1200元/件", "按市定标准"),
        ("效益指标", "社会效益指标", "困难群众合法权益", "有效维护", None),
        (None, None, "矛盾纠纷化解水平", "有效提升", None),
        (None, "可持续影响指标", "公共法律服务体系", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", "回访调查"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "沈宁", "0593-2290314", "2025年11月20日")
    return b


@variant("kw18-direction-range", (1, 11), "project, NAT-2021: 比较符 and 计量单位 columns, "
         "ranges with the operator cell left empty, percent cells; a 投诉率 with ≥")  # fmt: skip
def kw18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="城市公交运营补贴", dept="青岚市交通运输局（338）",
                 unit="青岚市公共交通集团有限公司", money=one_year(3200, 3000, 200),
                 goals=["保障86条公交线路正常运营，优化线网，"
                        "提高公交出行分担率和服务质量。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "保障运营公交线路", "≥", 86, "条"),
        (None, None, "新辟优化公交线路", None, "3-5", "条"),
        (None, None, "年运营里程", "≥", 4800, "万车公里"),
        (None, "质量指标", "公交车辆准点率", None, "85%-90%", "%"),
        (None, None, "营运车辆完好率", "≥", pct(0.95), "%"),
        (None, None, "乘客有效投诉率", mk("≥", "T108", "warning", row=True,
                                          note="投诉率是反向指标，应为≤"),
         pct(0.0005, "0.00%"), "%"),
        (None, "时效指标", "补贴资金拨付时间", None, "2026年第三季度", None),
        ("成本指标", "经济成本指标", "每车公里运营补贴", "≤", 0.65, "元/车公里"),
        ("效益指标", "社会效益指标", "公交出行分担率", "≥", pct(0.28), "%"),
        (None, None, "绿色出行比例", None, "60%-65%", "%"),
        (None, "生态效益指标", "新能源公交车占比", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "公交优先发展机制", "定性", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "曹宇", "0598-7739526", "2025年11月23日")
    return b
