"""Returns of district schools and a vocational school (kv01–kv06): cost standards per student
against counts and the budget, on the newer form (成本指标 as a tier-1) and the older one."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout90.common import footer
from tests.variants.holdout90.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

GE = '"≥"0%'


@variant("kv01-gongyong-jingfei", (1, 12), "project, NAT-2021, 比较符 and 计量单位 columns, "
         "生均公用经费 standards × pupils within the budget, percent cells")  # fmt: skip
def kv01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 10, 14, 14))
    project_head(
        s, year=2027, name="桐溪区义务教育学校生均公用经费补助", dept="桐溪区教育局（305001）",
        unit="桐溪区教育局", attr="常年项目",
        money=[("年度资金总额", money(800, WAN), "其中：财政拨款", money(780, WAN)),
               (None, None, "其他资金", money(20, WAN))],
        goals=["按生均标准足额拨付区属14所中小学公用经费，保障小学6000名、初中3500名在校生"
               "的正常教学运转，改善办学条件。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "补助小学在校生人数", "≥", 6000, "人"),
            (None, None, "补助初中在校生人数", "≥", 3500, "人"),
            (None, None, "补助学校数", "=", 14, "所"),
            (None, "质量指标", "公用经费按标准拨付率", "=", pct(1), "%"),
            (None, None, "学校基本办学条件达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "资金拨付及时率", "≥", pct(0.95), "%"),
            (None, None, "第二批资金拨付时间", "≤", "2027年9月30日", None),
            ("成本指标", "经济成本指标", "小学生均公用经费标准", "≤", 720, "元/生·年"),
            (None, None, "初中生均公用经费标准", "≤", 1000, "元/生·年"),
            ("效益指标", "社会效益指标", "义务教育学生免杂费受益面", "=", pct(1), "%"),
            (None, None, "学校正常运转保障率", "≥", pct(0.98), "%"),
            (None, "可持续影响指标", "公用经费保障机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
            (None, None, "教职工满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="桐溪区教育局", head="方启明", clerk="郑雨桐", phone="0571-86032115",
           year=2027)  # fmt: skip
    return b


@variant("kv02-shixun-shebei", (8,), "two-year vocational project, NAT-2021, 中期 and 年度 value "
         "columns, operators inside the values, all three 成本 tier-2s")  # fmt: skip
def kv02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=2027, years=2, name="澜川县职业技术学校数控实训基地设备购置",
        dept="澜川县教育局（402）", unit="澜川县职业技术学校", attr="新增项目",
        money=[("中期资金总额", money(1200), "年度资金总额", money(700)),
               ("其中：财政拨款", money(1150), "其中：财政拨款", money(680)),
               ("其他资金", money(50), "其他资金", money(20))],
        goals=["两年内购置数控实训设备60台（套），新建实训室6间，实训学生3200人次以上，"
               "建成县级数控实训基地。",
               "2027年购置数控实训设备35台（套），新建实训室4间，实训学生1500人次以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "购置数控实训设备数量", "≥60台（套）", "≥35台（套）"),
            (None, None, "新建实训室数量", "≥6间", "≥4间"),
            (None, None, "实训学生人次", "≥3200人次", "≥1500人次"),
            (None, "质量指标", "设备验收合格率", pct(1), pct(1)),
            (None, None, "实训课程开出率", pct(0.95, GE), pct(0.95, GE)),
            (None, "时效指标", "设备采购完成时间", "2028年6月30日前", "2027年12月31日前"),
            (None, None, "设备安装调试及时率", pct(0.95, GE), pct(0.95, GE)),
            ("成本指标", "经济成本指标", "数控实训设备单台（套）采购成本", "≤18万元", "≤18万元"),
            (None, "社会成本指标", "设备安装期间停课课时", "≤40课时", "≤30课时"),
            (None, "生态环境成本指标", "实训室新增用电量", "≤3万千瓦时", "≤1.5万千瓦时"),
            (
                "效益指标",
                "社会效益指标",
                "学生职业技能等级证书获取率",
                pct(0.85, GE),
                pct(0.85, GE),
            ),
            (None, None, "校企合作订单班", "≥4个", "≥2个"),
            (None, "可持续影响指标", "设备使用年限", "≥8年", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "学生满意度", pct(0.9, GE), pct(0.9, GE)),
            (None, None, "合作企业满意度", pct(0.9, GE), pct(0.9, GE)),
        ],
        merged=(1, 2),
    )
    footer(s, unit="澜川县职业技术学校", head="梁振华", clerk="陶静怡", phone="0595-23718840",
           year=2027)  # fmt: skip
    return b


@variant("kv03-yingyang-gaishan", (12,), "project, OLD-NAT, one value column with a 设定依据 "
         "column: a cost standard × pupils above the budget, a 满意度 without %")  # fmt: skip
def kv03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 16, 22, 10))
    project_head(
        s, year=2027, name="霁山县农村义务教育学生营养改善计划", dept="霁山县教育局",
        unit="霁山县教育局", attr="延续项目",
        money=[("年度资金总额", money(600), "其中：财政拨款", money(600)),
               (None, None, "其他资金", money(0))],
        goals=["为全县32所农村义务教育学校9000名学生提供营养膳食补助，全年供餐不少于200天，"
               "改善学生营养状况。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "受益学生人数", "≥9000人", "计划标准"),
            (None, None, "覆盖学校数", "=32所", "计划标准"),
            (None, None, "供餐天数", "≥200天", "行业标准"),
            (None, "质量指标", "食品安全抽检合格率", "≥98%", "行业标准"),
            (None, None, "供餐学校食堂达标率", "≥95%", "历史标准"),
            (None, "时效指标", "补助资金拨付及时率", "≥95%", "计划标准"),
            (
                None,
                "成本指标",
                "营养膳食补助标准",
                mk(
                    "≤1000元/生·年",
                    "B107",
                    "warning",
                    row=True,
                    note="1000元 × 9000人 = 900万元，超过年度资金600万元",
                ),
                "行业标准",
            ),
            ("效益指标", "社会效益指标", "学生贫血率", "≤8%", "历史标准"),
            (None, None, "学生体质健康达标率", "≥92%", "历史标准"),
            (None, "可持续影响指标", "营养改善长效机制", "健全", "其他标准"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "学生满意度",
                mk("≥90", "T105", "error", alt=("T104",), note="满意度没有 %"),
                "历史标准",
            ),
            (None, None, "家长满意度", "≥90%", "历史标准"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="霁山县教育局", head="韩书林", clerk="许佳琪", phone="0797-5821306", year=2027)
    return b


@variant("kv04-teshu-jiaoyu", (11, 1), "project, OLD-NAT, 指标性质 as direction (正向/反向), "
         "比较符 and 计量单位 columns, percent cells, 生均 standard within the budget")  # fmt: skip
def kv04() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 28, 10, 8, 12, 12))
    project_head(
        s, year=2027, name="柘湖市特殊教育及随班就读补助", dept="柘湖市教育局",
        unit="柘湖市特殊教育学校", attr="延续项目",
        money=[("年度资金总额", money(260, WAN), "其中：财政拨款", money(240, WAN)),
               (None, None, "其他资金", money(20, WAN))],
        goals=["资助残疾学生420人，建设资源教室5间，开展送教上门800人次，适龄残疾儿童"
               "入学率保持在95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "资助残疾学生人数", "正向", "≥", 420, "人"),
            (None, None, "新建资源教室", "正向", "≥", 5, "间"),
            (None, None, "送教上门服务", "正向", "≥", 800, "人次"),
            (None, "质量指标", "适龄残疾儿童入学率", "正向", "≥", pct(0.95), "%"),
            (None, None, "资源教室建设达标率", "正向", "=", pct(1), "%"),
            (None, "时效指标", "资金下达时限", "反向", "≤", 30, "个工作日"),
            (None, "成本指标", "残疾学生生均公用经费标准", "反向", "≤", 6000, "元/生·年"),
            (None, None, "资源教室单间建设成本", "反向", "≤", 8, "万元/间"),
            ("效益指标", "社会效益指标", "残疾学生义务教育巩固率", "正向", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "融合教育工作机制", "定性", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "残疾学生家长满意度", "正向", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="柘湖市特殊教育学校", head="沈文博", clerk="程小满", phone="0573-82216705",
           year=2027)  # fmt: skip
    return b


@variant("kv05-xiaoyuan-anfang", (11, 12), "project, OLD-NAT, one value column: 年度资金总额 "
         "≠ 财政拨款 + 其他资金, ≥ on a 反向 accident rate")  # fmt: skip
def kv05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 16, 12))
    project_head(
        s, year=2027, name="桐溪区中小学校园安全防范设施提升", dept="桐溪区教育局",
        unit="桐溪区教育局", attr="一次性项目",
        money=[("年度资金总额", mk(money(300), "B101", "error", row=True,
                                   note="250 + 30 = 280 ≠ 300"),
                "其中：财政拨款", money(250)),
               (None, None, "其他资金", money(30))],
        goals=["为区属22所中小学更新视频监控、一键报警和校门防冲撞设施，实现校园安防设施"
               "达标全覆盖。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "覆盖学校数", "=22所"),
            (None, None, "更新高清监控摄像头", "≥660个"),
            (None, None, "安装一键报警装置", "≥44套"),
            (None, None, "设置校门防冲撞设施", "≥22处"),
            (None, "质量指标", "安防设施验收合格率", "=100%"),
            (None, None, "监控系统联网率", "≥98%"),
            (None, "时效指标", "项目完工时间", "2027年8月20日前", "秋季开学前完成"),
            (None, "成本指标", "单所学校安防改造成本", "≤12万元"),
            (
                "效益指标",
                "社会效益指标",
                "校园安全事故发生率",
                mk("≥1%", "T108", "warning", row=True, note="反向指标写了 ≥"),
            ),
            (None, None, "安防设施达标学校占比", "=100%"),
            (None, "可持续影响指标", "设施使用年限", "≥6年"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="桐溪区教育局", head="方启明", clerk="郑雨桐", phone="0571-86032115",
           year=2027)  # fmt: skip
    return b


@variant("kv06-sanzhong-bumen", (12,), "department, NAT-2021, budget and key tasks adding up, "
         "生均 and 人均 cost standards within the task money")  # fmt: skip
def kv06() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 14))
    department_head(
        s, year=2027, dept="桐溪区第三中学",
        budget=[(money(3860), money(3700), money(160), money(3120), money(740))],
        tasks=[("教学运转保障", "按生均标准保障日常教学运转", money(420), "在校生1850人正常教学"),
               ("校舍维修", "教学楼屋面防水及外墙维修", money(200), "暑期完成维修"),
               ("教师培训", "全员轮训及骨干教师研修", money(60), "培训420人次"),
               ("学生资助", "家庭经济困难学生生活补助", money(60), "资助160人"),
               ("金额合计", None, money(740), None)],
        goal="保障1850名在校生教学运转，完成教学楼维修，开展教师培训420人次，资助家庭经济困难"
             "学生160人，学业水平考试合格率达到92%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "在校学生人数", "≥1850人"),
            (None, None, "教师培训人次", "≥420人次"),
            (None, None, "资助家庭经济困难学生", "≥160人"),
            (None, "质量指标", "初中学业水平考试合格率", pct(0.92, GE)),
            (None, None, "校舍安全检查覆盖率", pct(1)),
            (None, "时效指标", "校舍维修完成时间", "2027年8月31日前"),
            ("成本指标", "经济成本指标", "生均公用经费", "≤2200元/生·年"),
            (None, None, "教师人均培训费", "≤1400元/人"),
            (None, None, "困难学生生活补助标准", "≤3750元/生·年"),
            ("效益指标", "社会效益指标", "学生体质健康达标率", pct(0.9, GE)),
            (None, None, "困难学生资助覆盖率", pct(1)),
            (None, "可持续影响指标", "校园安全管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "学生满意度", pct(0.9, GE)),
            (None, None, "家长满意度", pct(0.9, GE)),
        ],
        merged=(1, 2),
    )
    footer(s, unit="桐溪区第三中学", head="罗景山", clerk="戴欣然", phone="0571-86150329",
           year=2027)  # fmt: skip
    return b
